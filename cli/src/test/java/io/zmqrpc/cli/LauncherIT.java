package io.zmqrpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.cli.testing.JavaPeers;
import io.zmqrpc.cli.testing.JavaService;
import io.zmqrpc.cli.testing.Ports;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ZmqRpc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built launcher, {@code cli/target/zmqrpc}, run as a process: from another directory through a
 * symbolic link, a usage error, and {@code zmqrpc proxy} between clients and servers, stopped as
 * Ctrl-C stops it (a signal that runs its shutdown hook) and printing what it forwarded.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("zmqrpc.cli.launcher", "target/zmqrpc"));

    @TempDir
    Path dir;

    @Test
    void runsFromAnyDirectoryThroughASymlink() throws Exception {
        RpcServer server = JavaPeers.rpc(new JavaService());
        try {
            Path link = Files.createSymbolicLink(dir.resolve("zq"), LAUNCHER.toAbsolutePath());
            Done done = run(dir, link.toString(), "call", server.endpoints().get(0), "add", "1", "2");

            assertThat(done).isEqualTo(new Done(0, "3\n", ""));
        } finally {
            server.close();
        }
    }

    @Test
    void aUsageErrorIsOneLineAndExitsTwo() throws Exception {
        assertThat(run(dir, LAUNCHER.toAbsolutePath().toString(), "call", "localhost:5555", "add"))
                .isEqualTo(new Done(2, "", "zmqrpc call: Invalid value for positional parameter at index 0 (ENDPOINT): "
                        + "bad endpoint 'localhost:5555': write tcp://host:port or ipc://path (see 'zmqrpc call --help')\n"));
    }

    @Test
    void theProxyCommandSpreadsCallsAndCountsMessagesEachWay() throws Exception {
        String frontend = Ports.freeEndpoint();
        String backend = Ports.freeEndpoint();
        // stdout to a file: Process.destroy() closes the pipes, and the counts come after it
        Path stdout = dir.resolve("proxy.out");
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toAbsolutePath().toString(), "proxy", "--frontend",
                frontend, "--backend", backend).redirectOutput(stdout.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process proxy = builder.start();
        List<RpcServer> servers = new ArrayList<>();
        JavaService first = new JavaService();
        JavaService second = new JavaService();
        try {
            awaitStderr(proxy, "zmqrpc proxy: frontend " + frontend + ", backend " + backend);
            servers.add(JavaPeers.rpcConnected(first, backend));
            servers.add(JavaPeers.rpcConnected(second, backend));
            int calls = 0;
            try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(frontend)
                    .timeout(Duration.ofSeconds(20)).build())) {
                // until both servers have answered (a DEALER routes only to connected peers), bounded
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (first.calls() == 0 || second.calls() == 0) {
                    assertThat(System.nanoTime()).as("both servers answered through the proxy").isLessThan(deadline);
                    assertThat(client.call("add", calls, 1)).isEqualTo(calls + 1L);
                    calls++;
                }
                for (int i = 0; i < 20; i++, calls++) {
                    assertThat(client.call("add", i, 1)).isEqualTo(i + 1L);
                }
            }
            proxy.destroy();   // SIGTERM: the JVM runs the shutdown hook, as on Ctrl-C
            assertThat(proxy.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(stdout)).isEqualTo("zmqrpc proxy: forwarded " + calls + " messages frontend to backend, "
                    + calls + " backend to frontend\n");
            assertThat(first.calls() + second.calls()).isEqualTo(calls);
        } finally {
            servers.forEach(RpcServer::close);
            proxy.destroyForcibly();
        }
    }

    private record Done(int exit, String out, String err) {
    }

    private static Done run(Path cwd, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = builder.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Done(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Reads the process's stderr until a line starts with the text; the proxy prints it once bound. */
    private static void awaitStderr(Process p, String text) throws IOException {
        java.io.BufferedReader err = new java.io.BufferedReader(
                new java.io.InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        for (String line; (line = err.readLine()) != null; ) {
            if (line.startsWith(text)) {
                return;
            }
        }
        throw new AssertionError("the proxy exited with " + p.onExit().join().exitValue() + " before printing " + text);
    }
}
