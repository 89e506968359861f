package io.zmqrpc.cli.notify;

import io.zmqrpc.cli.ExitCode;
import io.zmqrpc.cli.connect.OneWaySocket;
import io.zmqrpc.cli.json.CallArguments;
import io.zmqrpc.cli.options.SendTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zeromq.SocketType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zmqrpc notify ENDPOINT METHOD [ARG...] [NAME=VALUE...]}: a pipeline notification. */
@Command(name = "notify", mixinStandardHelpOptions = true,
        description = {"Sends one pipeline notification (PUSH to a PULL server, aiozmq's connect_pipeline).",
            "No reply ever comes: the command exits 0 once ZeroMQ has the message, and waits up to --wait "
                + "for it to leave before closing; a message no server took in that time is dropped.",
            "",
            "  zmqrpc notify tcp://127.0.0.1:5560 jobs.resize cat.png 200 quality=80",
            ""},
        footer = {"", "Exit codes: 0 sent; 2 bad usage or argument (nothing sent); 3 the endpoint cannot be bound."})
public final class NotifyCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "METHOD", description = "The remote method, dotted for namespaces.")
    String method;

    @Parameters(index = "2..*", paramLabel = "ARG|NAME=VALUE", description = "Arguments, as for 'zmqrpc call'.")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "5s",
            description = "How long the message may wait for a server before it is dropped (default ${DEFAULT-VALUE}).")
    Duration wait;

    @Mixin
    SendTarget target;

    @Override
    public Integer call() {
        CallArguments call = CallArguments.parse(arguments);
        try (OneWaySocket socket = target.open(SocketType.PUSH, wait)) {
            socket.send(null, method, call.args(), call.kwargs());
        }
        return ExitCode.OK;
    }
}
