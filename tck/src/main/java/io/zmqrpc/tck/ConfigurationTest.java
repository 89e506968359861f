package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.TooManyPendingCallsException;
import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.config.ConfiguredService;
import io.zmqrpc.tck.spi.Deployment;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders and override keys resolve from system properties. */
public class ConfigurationTest {

    @Test
    void placeholderWithItsDefault() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*"),
                () -> Tck.deploy(ConfiguredService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Configured"))) {
            assertThat(client.select(DynamicClientHolder.class).client().call("fromdefault.where")).isEqualTo("here");
        }
    }

    @Test
    void overrideKeysWinOverTheAnnotation() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://192.0.2.1:1",
                "zmqrpc.server.Configured.bind", "tcp://127.0.0.1:*",
                "zmqrpc.server.Configured.namespace", "${zmqrpc.tck.config.other:overridden}"),
                () -> Tck.deploy(ConfiguredService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Configured"))) {
            io.zmqrpc.RpcChannel rpc = client.select(DynamicClientHolder.class).client();
            assertThat(rpc.call("overridden.where")).isEqualTo("here");
            assertThatThrownBy(() -> rpc.call("fromdefault.where")).isInstanceOf(MethodNotFoundException.class);
        }
    }

    @Test
    void spinKeysReachServerAndClient() throws Exception {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*",
                "zmqrpc.server.Configured.spin", "100us"), () -> Tck.deploy(ConfiguredService.class))) {
            String endpoint = Tck.endpoint(server, "Configured");
            long still = clientThreadsCpuMillis(endpoint, Tck.props());
            long spinning = clientThreadsCpuMillis(endpoint, Tck.props("zmqrpc.client.RpcChannel.spin", "PT0.01S"));

            // A socket thread spinning 10 ms after each idle pause burns up to 1,500 ms more than one
            // that sleeps at once, less as it yields the core to others (a third of it measured with a
            // load average of 11 on 2 cores); a tenth is the bar, well above the noise (about 30 ms).
            assertThat(spinning - still)
                    .as("CPU ms of the client's threads: %d spinning, %d without the key", spinning, still)
                    .isGreaterThanOrEqualTo(IDLE_PAUSES * 10 / 10);
        }
    }

    /** Calls after which a client sits idle for {@link #IDLE_PAUSE_MILLIS}, longer than its spin. */
    private static final int IDLE_PAUSES = 150;
    private static final long IDLE_PAUSE_MILLIS = 20;

    /**
     * The CPU time that the threads a client deployment starts use over calls each followed by an
     * idle pause: a client whose socket thread spins looks for work through each pause after it
     * read a reply.
     */
    private static long clientThreadsCpuMillis(String endpoint, Properties keys) throws Exception {
        return clientThreadsCpuMillis(endpoint, keys, rpc -> {
            for (int i = 0; i < IDLE_PAUSES; i++) {
                // Asynchronous: the client's socket thread reads the reply (a blocking caller reads
                // its own, and the socket thread sleeps through it), then spins or sleeps.
                assertThat(rpc.callAsync("fromdefault.where").get(10, TimeUnit.SECONDS)).isEqualTo("here");
                // the pause is the load being measured, not a wait for a condition
                Thread.sleep(IDLE_PAUSE_MILLIS);
            }
        });
    }

    /** The CPU time that the threads a client deployment starts use while {@code calls} runs, after a warm-up. */
    private static long clientThreadsCpuMillis(String endpoint, Properties keys, Calls calls) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled())
                .as("this JVM measures thread CPU time").isTrue();
        Set<Long> before = Arrays.stream(threads.getAllThreadIds()).boxed().collect(Collectors.toSet());
        try (Deployment client = Tck.withProperties(keys, () -> Tck.clients(endpoint))) {
            io.zmqrpc.RpcChannel rpc = client.select(DynamicClientHolder.class).client();
            // warm-up, which also starts every thread the client needs
            for (int i = 0; i < 200; i++) {
                assertThat(rpc.call("fromdefault.where")).isEqualTo("here");
            }
            long[] started = Arrays.stream(threads.getAllThreadIds()).filter(id -> !before.contains(id)).toArray();
            long[] cpuBefore = Arrays.stream(started).map(threads::getThreadCpuTime).toArray();
            calls.run(rpc);
            long used = 0;
            for (int i = 0; i < started.length; i++) {
                long after = threads.getThreadCpuTime(started[i]);
                // -1: a thread that ended meanwhile, whose CPU time is no longer known
                used += after >= 0 && cpuBefore[i] >= 0 ? after - cpuBefore[i] : 0;
            }
            return TimeUnit.NANOSECONDS.toMillis(used);
        }
    }

    /** What a client is made to do while its threads' CPU time is measured. */
    private interface Calls {
        void run(io.zmqrpc.RpcChannel rpc) throws Exception;
    }

    @Test
    void theUninterruptedCallersKeyLetsABlockingCallerReadItsOwnReply() throws Exception {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*"),
                () -> Tck.deploy(ConfiguredService.class))) {
            String endpoint = Tck.endpoint(server, "Configured");
            Calls blocking = rpc -> {
                for (int i = 0; i < 2_000; i++) {
                    assertThat(rpc.call("fromdefault.where")).isEqualTo("here");
                }
            };
            long handedOver = clientThreadsCpuMillis(endpoint, Tck.props(), blocking);
            long direct = clientThreadsCpuMillis(endpoint,
                    Tck.props("zmqrpc.client.RpcChannel.uninterrupted-callers", "true"), blocking);

            // Without the promise the client's socket thread sends every request and reads every
            // reply (tens of µs of CPU each); with it the caller does both and that thread sleeps.
            assertThat(direct).as("CPU ms of the client's threads: %d with the key, %d without", direct, handedOver)
                    .isLessThan(handedOver / 2);
        }
    }

    @Test
    void aBadUninterruptedCallersFailsTheDeploymentNamingTheKey() {
        assertThatThrownBy(() -> Tck.withProperties(Tck.props("zmqrpc.client.RpcChannel.uninterrupted-callers", "always"),
                () -> Tck.clients("tcp://127.0.0.1:1")).close())
                .isInstanceOfAny(DeploymentException.class, DefinitionException.class)
                .hasMessageContaining("@RpcClient injection point " + DynamicClientHolder.class.getName()
                        + ".client: zmqrpc.client.RpcChannel.uninterrupted-callers must be true or false, got 'always'");
    }

    @Test
    void aSpinBeyondTheLimitFailsTheDeploymentNamingTheKey() {
        assertThatThrownBy(() -> Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*",
                "zmqrpc.server.Configured.spin", "20ms"), () -> Tck.deploy(ConfiguredService.class)).close())
                .isInstanceOfAny(DeploymentException.class, DefinitionException.class)
                .hasMessageContaining("@RemoteEndpoint bean " + ConfiguredService.class.getName()
                        + ": zmqrpc.server.Configured.spin must be between 0 and 10ms, got '20ms'");
    }

    @Test
    void theMaxPendingCallsKeyBoundsWhatAClientHolds() throws IOException {
        // Nobody listens on the port: each call waits for its reply, holding its place.
        String silent = "tcp://127.0.0.1:" + freePort();
        try (Deployment client = Tck.withProperties(Tck.props("zmqrpc.client.RpcChannel.max-pending-calls", "2"),
                () -> Tck.clients(silent))) {
            io.zmqrpc.RpcChannel rpc = client.select(DynamicClientHolder.class).client();
            CompletableFuture<Object> first = rpc.callAsync("fromdefault.where");
            CompletableFuture<Object> second = rpc.callAsync("fromdefault.where");
            CompletableFuture<Object> third = rpc.callAsync("fromdefault.where");

            assertThat(first).isNotDone();
            assertThat(second).isNotDone();
            assertThatThrownBy(third::join).cause().isExactlyInstanceOf(TooManyPendingCallsException.class)
                    .hasMessage("client client-RpcChannel already holds 2 calls (maxPendingCalls): "
                            + "call fromdefault.where was refused; wait for some to finish");
        }
    }

    @Test
    void aBadMaxPendingCallsFailsTheDeploymentNamingTheKey() {
        assertThatThrownBy(() -> Tck.withProperties(Tck.props("zmqrpc.client.RpcChannel.max-pending-calls", "many"),
                () -> Tck.clients("tcp://127.0.0.1:1")).close())
                .isInstanceOfAny(DeploymentException.class, DefinitionException.class)
                .hasMessageContaining("@RpcClient injection point " + DynamicClientHolder.class.getName()
                        + ".client: zmqrpc.client.RpcChannel.max-pending-calls must be a whole number from 1 to "
                        + "2147483647, got 'many'");
    }

    @Test
    void aNegativeHandshakeRecoveryFailsTheDeploymentNamingTheKey() {
        assertThatThrownBy(() -> Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*",
                "zmqrpc.server.Configured.handshake-recovery", "PT-0.2S"), () -> Tck.deploy(ConfiguredService.class)).close())
                .isInstanceOfAny(DeploymentException.class, DefinitionException.class)
                .hasMessageContaining("@RemoteEndpoint bean " + ConfiguredService.class.getName()
                        + ": zmqrpc.server.Configured.handshake-recovery must not be negative, got 'PT-0.2S'");
        assertThatThrownBy(() -> Tck.withProperties(Tck.props("zmqrpc.client.RpcChannel.handshake-recovery", "soon"),
                () -> Tck.clients("tcp://127.0.0.1:1")).close())
                .isInstanceOfAny(DeploymentException.class, DefinitionException.class)
                .hasMessageContaining("@RpcClient injection point " + DynamicClientHolder.class.getName()
                        + ".client: zmqrpc.client.RpcChannel.handshake-recovery: bad duration 'soon'");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void theDescribeKeyTurnsOnTheReservedDescriptionWhichIsOffByDefault() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*",
                "zmqrpc.server.Configured.describe", "true"), () -> Tck.deploy(ConfiguredService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Configured"))) {
            Map<String, Object> where = new java.util.LinkedHashMap<>();
            where.put("name", "fromdefault.where");
            where.put("params", List.of());
            where.put("varargs", false);
            where.put("returns", "java.lang.String");
            assertThat(client.select(DynamicClientHolder.class).client().call("_zmqrpc.describe"))
                    .isEqualTo(Map.of("methods", List.of(where)));
        }
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*"),
                () -> Tck.deploy(ConfiguredService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Configured"))) {
            assertThatThrownBy(() -> client.select(DynamicClientHolder.class).client().call("_zmqrpc.describe"))
                    .isInstanceOf(MethodNotFoundException.class);
        }
    }

    @Test
    void clientOverrideKeys() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*"),
                () -> Tck.deploy(ConfiguredService.class))) {
            String endpoint = Tck.endpoint(server, "Configured");
            try (Deployment client = Tck.withProperties(Tck.props("zmqrpc.client.RpcChannel.connect", endpoint,
                    "zmqrpc.client.RpcChannel.timeout", "15s"), () -> Tck.clients("tcp://192.0.2.1:1"))) {
                io.zmqrpc.RpcChannel rpc = client.select(DynamicClientHolder.class).client();
                assertThat(rpc.timeout()).isEqualTo(java.time.Duration.ofSeconds(15));
                assertThat(rpc.call("fromdefault.where")).isEqualTo("here");
            }
        }
    }
}
