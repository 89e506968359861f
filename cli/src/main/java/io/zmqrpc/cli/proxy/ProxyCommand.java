package io.zmqrpc.cli.proxy;

import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.ExitCode;
import io.zmqrpc.cli.options.Endpoint;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.security.CurveKeys;
import io.zmqrpc.runtime.transport.CurveSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zmqrpc proxy --frontend ENDPOINT --backend ENDPOINT}. */
@Command(name = "proxy", mixinStandardHelpOptions = true,
        description = {"Runs a ROUTER/DEALER queue device between many clients and many servers.",
            "Clients connect to the frontend, servers connect to the "
                + "backend (ServerOptions connect on the server side, or zmqrpc.server.<name>.connect), requests are "
                + "spread across the servers and replies find their way back. On Ctrl-C it prints how many messages "
                + "it forwarded each way. See docs/scaling.md.",
            "",
            "  zmqrpc proxy --frontend tcp://*:5555 --backend tcp://*:5556",
            "  zmqrpc proxy --frontend tcp://*:5555 --backend tcp://127.0.0.1:5556 --curve-secret-key-file proxy.key_secret",
            ""},
        footer = {"", "Exit codes: 0 stopped; 2 bad usage or key; 3 an endpoint cannot be bound."})
public final class ProxyCommand implements Callable<Integer> {

    @Option(names = "--frontend", paramLabel = "ENDPOINT", required = true,
            description = "Where clients connect (bound; a ROUTER).")
    Endpoint frontend;

    @Option(names = "--backend", paramLabel = "ENDPOINT", required = true,
            description = "Where servers connect (bound; a DEALER).")
    Endpoint backend;

    @Option(names = "--curve-secret-key-file", paramLabel = "FILE",
            description = "Make the frontend a CURVE server with the secret key in FILE ('zmqrpc keygen --out'); "
                    + "clients then need its public key. The backend stays plaintext: keep it on a private network.")
    Path curveKeyFile;

    @Option(names = "--heartbeat", paramLabel = "DURATION",
            description = "ZMTP heartbeats on both sides: ping every DURATION, drop a peer silent for three times "
                    + "that (a dead server then stops getting requests). Default: none.")
    Duration heartbeat;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        CurveSettings curve = curve();
        CountDownLatch stop = new CountDownLatch(1);
        PrintWriter out = spec.commandLine().getOut();
        try (QueueDevice device = QueueDevice.start(frontend, backend, curve, heartbeat)) {
            spec.commandLine().getErr().println("zmqrpc proxy: frontend " + device.frontend() + ", backend "
                    + device.backend() + (curve == null ? "" : " (frontend CURVE)") + "; Ctrl-C stops");
            spec.commandLine().getErr().flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                device.close();
                out.println("zmqrpc proxy: forwarded " + device.requests() + " messages frontend to backend, "
                        + device.replies() + " backend to frontend");
                out.flush();
                stop.countDown();
            }, "zmqrpc-proxy-stop"));
            stop.await();
        }
        return ExitCode.OK;
    }

    private CurveSettings curve() {
        if (curveKeyFile == null) {
            return null;
        }
        try {
            CurveKeys.KeyPair keys = CurveKeys.read(curveKeyFile);
            if (keys.secretKey() == null) {
                throw CliException.usage(curveKeyFile + " holds no secret key (use the .key_secret file)");
            }
            return CurveSettings.server(keys.secretKey(), Set.of());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw CliException.usage("bad CURVE key file: " + e.getMessage());
        }
    }
}
