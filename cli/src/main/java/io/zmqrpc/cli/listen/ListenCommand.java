package io.zmqrpc.cli.listen;

import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.ExitCode;
import io.zmqrpc.cli.connect.CallFailures;
import io.zmqrpc.cli.options.Endpoint;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zmqrpc listen --bind|--connect ENDPOINT (--pipeline | --subscribe TOPIC...)}. */
@Command(name = "listen", mixinStandardHelpOptions = true,
        description = {"Prints the pipeline notifications (PULL) or published calls (SUB) it receives, as JSON lines.",
            "Each line is {\"topic\": ..., \"method\": ..., \"args\": [...], \"kwargs\": {...}} (topic null for "
                + "a pipeline), until Ctrl-C, --count or --timeout. Once the socket is open it prints "
                + "'listening on ENDPOINT' on stderr. A message that is not aiozmq's is reported on stderr and skipped.",
            "",
            "  zmqrpc listen --bind tcp://127.0.0.1:5560 --pipeline",
            "  zmqrpc listen --connect tcp://127.0.0.1:5570 --subscribe prices --subscribe alerts --count 10",
            ""},
        footer = {"", "Exit codes: 0 done; 2 bad usage; 3 the endpoint cannot be bound or connected, or --timeout "
                + "passed before --count notifications arrived."})
public final class ListenCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N notifications.")
    Long count;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Stop after this long.")
    Duration timeout;

    @Spec
    CommandSpec spec;

    /** Where the socket goes. */
    static final class Where {
        @Option(names = "--bind", paramLabel = "ENDPOINT", required = true, description = "Bind this endpoint.")
        Endpoint bind;

        @Option(names = "--connect", paramLabel = "ENDPOINT", required = true, description = "Connect to this endpoint.")
        Endpoint connect;
    }

    /** Which pattern. */
    static final class What {
        @Option(names = "--pipeline", required = true, description = "Receive pipeline notifications (PULL).")
        boolean pipeline;

        @Option(names = "--subscribe", paramLabel = "TOPIC", required = true,
                description = "Receive published calls on topics starting with TOPIC (SUB); '' for all. Repeatable.")
        List<String> topics = new ArrayList<>();
    }

    @Override
    public Integer call() {
        if (count != null && count <= 0) {
            throw CliException.usage("--count must be positive, got " + count);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Endpoint endpoint = where.bind != null ? where.bind : where.connect;
        long received;
        try (Receiver receiver = Receiver.open(what.pipeline, what.topics, endpoint, where.bind != null)) {
            err.println("listening on " + receiver.endpoint());
            err.flush();
            Thread hook = new Thread(receiver::stop, "zmqrpc-listen-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                received = receiver.run(count == null ? Long.MAX_VALUE : count, timeout, out, err);
            } finally {
                removeHook(hook);
            }
        }
        if (count != null && received < count && timeout != null) {
            throw CliException.unreachable("received " + received + " of " + count + " notifications within "
                    + CallFailures.text(timeout));
        }
        return ExitCode.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down (Ctrl-C): the hook is running, which is what stopped us
        }
    }
}
