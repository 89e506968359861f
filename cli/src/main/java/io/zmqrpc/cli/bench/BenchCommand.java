package io.zmqrpc.cli.bench;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.ExitCode;
import io.zmqrpc.cli.json.CallArguments;
import io.zmqrpc.cli.options.RpcTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zmqrpc bench ENDPOINT METHOD [ARG...] (--calls N --concurrency C | --rate R --duration D)}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Load-tests one method, like ghz for gRPC.",
            "Closed loop (default): --calls in all, --concurrency "
                + "of them in flight at once. Open loop: --rate calls a second for --duration, each sent at its "
                + "intended time whatever the replies do. A progress line on stderr, then on stdout: calls/s, "
                + "p50/p90/p99/p99.9/max latency measured from each call's intended send time (failed calls "
                + "included), and the count of each error type (the remote type, or 'timeout').",
            "",
            "  zmqrpc bench tcp://127.0.0.1:5555 calc.add 1 2 --calls 10000 --concurrency 16",
            "  zmqrpc bench tcp://127.0.0.1:5555 calc.add 1 2 --rate 1000 --duration 30s --json",
            ""},
        footer = {"", "Exit codes: 0 the run completed (its errors are in the summary); 2 bad usage or argument."})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "METHOD", description = "The remote method.")
    String method;

    @Parameters(index = "2..*", paramLabel = "ARG|NAME=VALUE", description = "Arguments, as for 'zmqrpc call'.")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--calls", paramLabel = "N", description = "Closed loop: how many calls (default 1000).")
    Integer calls;

    @Option(names = "--concurrency", paramLabel = "C", description = "Closed loop: calls in flight (default 8).")
    Integer concurrency;

    @Option(names = "--rate", paramLabel = "R", description = "Open loop: calls a second.")
    Integer rate;

    @Option(names = "--duration", paramLabel = "DURATION", description = "Open loop: how long.")
    Duration duration;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Mixin
    RpcTarget target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Load load = load();
        CallArguments call = CallArguments.parse(arguments);
        try (RpcChannel client = target.connect();
                Progress progress = Progress.start(spec.commandLine().getErr(), load.total())) {
            Recorder recorder = new Recorder(load.total(), progress);
            long started = System.nanoTime();
            load.run(() -> client.callAsync(Object.class, method, call.args(), call.kwargs()), recorder);
            Summary summary = recorder.summary(System.nanoTime() - started, load.describe());
            progress.close();
            spec.commandLine().getOut().println(json ? summary.toJson() : summary.toText());
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }

    private Load load() {
        boolean open = rate != null || duration != null;
        if (open && (calls != null || concurrency != null)) {
            throw CliException.usage("--rate/--duration (open loop) and --calls/--concurrency (closed loop) do not mix");
        }
        if (open) {
            if (rate == null || duration == null || rate <= 0 || duration.isZero() || duration.isNegative()) {
                throw CliException.usage("an open loop needs a positive --rate and a positive --duration");
            }
            return new Load.Open(rate, duration);
        }
        int n = calls == null ? 1000 : calls;
        int c = concurrency == null ? 8 : concurrency;
        if (n <= 0 || c <= 0) {
            throw CliException.usage("--calls and --concurrency must be positive, got " + n + " and " + c);
        }
        return new Load.Closed(n, Math.min(c, n));
    }
}
