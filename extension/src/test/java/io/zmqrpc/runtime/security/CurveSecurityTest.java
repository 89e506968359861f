package io.zmqrpc.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.PubSubClient;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.LogCapture;
import io.zmqrpc.testing.TcpProxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurveSecurityTest {

    private static final String SECRET_ARGUMENT = "attack at dawn";
    private static final CurveKeys.KeyPair SERVER = CurveKeys.generate();
    private static final CurveKeys.KeyPair ALLOWED = CurveKeys.generate();
    private static final CurveKeys.KeyPair UNKNOWN = CurveKeys.generate();

    /** Handler of every pattern: answers, and records what reached it. */
    public static class Vault {
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        @RpcMethod("secret_method")
        public String secretMethod(String text) {
            received.add(text);
            return "sealed:" + text;
        }
    }

    private static ServerOptions.Builder curveServer() {
        return ServerOptions.builder().bind("tcp://127.0.0.1:*").curveServer(SERVER.secretKey())
                .curveAllow(ALLOWED.publicKey()).name("vault");
    }

    private static ClientOptions client(String endpoint, UnaryOperator<ClientOptions.Builder> curve) {
        return curve.apply(ClientOptions.builder().connect(endpoint).timeout(Duration.ofSeconds(2))).build();
    }

    @Test
    void allowedClientCallsAndTheWireCarriesNoPlaintext() throws Exception {
        Vault vault = new Vault();
        RpcServer server = ZmqRpc.serveRpc(vault, curveServer().build());
        try (TcpProxy proxy = new TcpProxy(TcpProxy.port(server.endpoints().get(0)));
                RpcChannel client = ZmqRpc.connectRpc(client(proxy.endpoint(),
                        b -> b.curveClient(ALLOWED.publicKey(), ALLOWED.secretKey(), SERVER.publicKey())
                                .timeout(Duration.ofSeconds(30))))) {
            assertThat(client.call(String.class, "secret_method", SECRET_ARGUMENT)).isEqualTo("sealed:" + SECRET_ARGUMENT);
            String wire = new String(proxy.recorded(), StandardCharsets.ISO_8859_1);
            assertThat(wire).contains("CURVE").doesNotContain("secret_method").doesNotContain(SECRET_ARGUMENT)
                    .doesNotContain("sealed:");
        } finally {
            server.close();
        }
    }

    @Test
    void withoutCurveTheWireCarriesPlaintext() throws Exception {
        RpcServer server = ZmqRpc.serveRpc(new Vault(), ServerOptions.bind("tcp://127.0.0.1:*"));
        try (TcpProxy proxy = new TcpProxy(TcpProxy.port(server.endpoints().get(0)));
                RpcChannel client = ZmqRpc.connectRpc(client(proxy.endpoint(), b -> b.timeout(Duration.ofSeconds(30))))) {
            assertThat(client.call(String.class, "secret_method", SECRET_ARGUMENT)).isEqualTo("sealed:" + SECRET_ARGUMENT);
            String wire = new String(proxy.recorded(), StandardCharsets.ISO_8859_1);
            assertThat(wire).contains("secret_method").contains(SECRET_ARGUMENT).contains("sealed:");
        } finally {
            server.close();
        }
    }

    @Test
    void clientWithUnknownKeyGetsNoAnswerAndIsLogged() {
        assertRefused(b -> b.curveClient(UNKNOWN.publicKey(), UNKNOWN.secretKey(), SERVER.publicKey()),
                "client key not allowed");
    }

    @Test
    void clientWithoutCurveGetsNoAnswerAndIsLogged() {
        assertRefused(b -> b, "refused a peer");
    }

    @Test
    void clientWithWrongServerKeyGetsNoAnswerAndIsLogged() {
        assertRefused(b -> b.curveClient(ALLOWED.publicKey(), ALLOWED.secretKey(), UNKNOWN.publicKey()),
                "refused a peer");
    }

    private void assertRefused(UnaryOperator<ClientOptions.Builder> curve, String logged) {
        Vault vault = new Vault();
        try (LogCapture log = LogCapture.all()) {
            RpcServer server = ZmqRpc.serveRpc(vault, curveServer().build());
            try (RpcChannel client = ZmqRpc.connectRpc(client(server.endpoints().get(0), curve))) {
                assertThatThrownBy(() -> client.call(String.class, "secret_method", SECRET_ARGUMENT))
                        .isInstanceOf(RpcTimeoutException.class);
                assertThat(client.pendingCalls()).isZero();
            } finally {
                server.close();
            }
            assertThat(vault.received).isEmpty();
            assertThat(log.messages()).anyMatch(m -> m.contains(logged));
        }
    }

    @Test
    void pipelineAdmitsOnlyAllowedClients() throws Exception {
        Vault vault = new Vault();
        RpcServer server = ZmqRpc.servePipeline(vault, curveServer().build());
        String endpoint = server.endpoints().get(0);
        try (LogCapture log = LogCapture.all();
                PipelineClient refused = ZmqRpc.connectPipeline(client(endpoint,
                        b -> b.curveClient(UNKNOWN.publicKey(), UNKNOWN.secretKey(), SERVER.publicKey())));
                PipelineClient allowed = ZmqRpc.connectPipeline(client(endpoint,
                        b -> b.curveClient(ALLOWED.publicKey(), ALLOWED.secretKey(), SERVER.publicKey())))) {
            refused.notify("secret_method", "from the stranger");
            allowed.notify("secret_method", "from a friend");
            assertThat(vault.received.poll(30, TimeUnit.SECONDS)).isEqualTo("from a friend");
            assertThat(vault.received.poll(1, TimeUnit.SECONDS)).isNull();
            awaitLogged(log, "client key not allowed");
        } finally {
            server.close();
        }
    }

    @Test
    void pubSubAdmitsOnlyAllowedPublishers() throws Exception {
        Vault vault = new Vault();
        RpcServer server = ZmqRpc.servePubSub(vault, curveServer().subscribe("").build());
        String endpoint = server.endpoints().get(0);
        try (LogCapture log = LogCapture.all();
                PubSubClient refused = ZmqRpc.connectPubSub(client(endpoint,
                        b -> b.curveClient(UNKNOWN.publicKey(), UNKNOWN.secretKey(), SERVER.publicKey())));
                PubSubClient allowed = ZmqRpc.connectPubSub(client(endpoint,
                        b -> b.curveClient(ALLOWED.publicKey(), ALLOWED.secretKey(), SERVER.publicKey())))) {
            // A publisher drops messages until the subscription reached it: publish until one arrives.
            String got = null;
            for (int i = 0; i < 300 && got == null; i++) {
                refused.publish("t").call("secret_method", List.of("from the stranger"), java.util.Map.of());
                allowed.publish("t").call("secret_method", List.of("from a friend"), java.util.Map.of());
                got = vault.received.poll(100, TimeUnit.MILLISECONDS);
            }
            assertThat(got).isEqualTo("from a friend");
            awaitLogged(log, "client key not allowed");
            assertThat(vault.received).allMatch("from a friend"::equals);
            awaitLogged(log, "client key not allowed");
        } finally {
            server.close();
        }
    }

    @Test
    void keysFromKeyFiles(@TempDir Path dir) throws Exception {
        Path serverSecret = dir.resolve("server.key_secret");
        Path serverPublic = dir.resolve("server.key");
        Path clientSecret = dir.resolve("client.key_secret");
        CurveKeys.write(serverSecret, SERVER);
        CurveKeys.write(serverPublic, new CurveKeys.KeyPair(SERVER.publicKey(), null));
        CurveKeys.write(clientSecret, ALLOWED);
        assertThat(CurveKeys.read(serverSecret)).isEqualTo(SERVER);
        assertThat(CurveKeys.read(serverPublic)).isEqualTo(new CurveKeys.KeyPair(SERVER.publicKey(), null));
        // A certificate written by JeroMQ's ZCert (ZeroMQ's zcert format) reads the same.
        Path zcert = dir.resolve("zcert_secret");
        new org.zeromq.ZCert(ALLOWED.publicKey(), ALLOWED.secretKey()).saveSecret(zcert.toString());
        assertThat(CurveKeys.read(zcert)).isEqualTo(ALLOWED);

        RpcServer server = ZmqRpc.serveRpc(new Vault(), ServerOptions.builder().bind("tcp://127.0.0.1:*")
                .curveServer(serverSecret).curveAllow(ALLOWED.publicKey()).build());
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0))
                .curveClient(clientSecret, serverPublic).build())) {
            assertThat(client.call(String.class, "secret_method", "x")).isEqualTo("sealed:x");
        } finally {
            server.close();
        }
    }

    @Test
    void badKeysFailTheOptions() {
        assertThatThrownBy(() -> ServerOptions.builder().curveServer("too short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CURVE secret key must be 40 characters");
        assertThatThrownBy(() -> ServerOptions.builder().curveServer("~".repeat(40)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CURVE secret key must be 40 characters of Z85 text, got text that is not Z85");
        assertThatThrownBy(() -> ClientOptions.builder().curveClient(null, ALLOWED.secretKey(), SERVER.publicKey()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("CURVE public key is missing");
        assertThatThrownBy(() -> ServerOptions.builder().curveAllow(ALLOWED.publicKey()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("curveAllow needs curveServer");
        assertThat(CurveKeys.generate().toString()).contains("secretKey=***");
    }

    private static void awaitLogged(LogCapture log, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (log.messages().stream().noneMatch(m -> m.contains(text)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(log.messages()).anyMatch(m -> m.contains(text));
    }
}
