package io.zmqrpc.runtime.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.Pattern;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.Handlers;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.describe.Describing;
import io.zmqrpc.testing.HeldEcho;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A server's health through its life (serving, draining, closed), and the reserved
 * {@code _zmqrpc.health}: answered only when enabled, with the exact reply, even while every handler
 * thread is busy, and DOWN while the server drains (when every other new call is refused).
 */
class HealthTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void answersUpWithTheExactMap() {
        try (Served served = serve(new HeldEcho(), ServerOptions.builder().health(true))) {
            assertThat(served.client.call(Health.HEALTH)).isEqualTo(reply("UP", "serving", true, true, true, 1));
            // the user's methods answer as before
            assertThat(served.client.call("echo", 7)).isEqualTo(7L);
        }
    }

    @Test
    void offByDefaultTheReservedNameIsNotFoundLikeAnyUnknownName() {
        try (Served served = serve(new HeldEcho(), ServerOptions.builder())) {
            assertThatThrownBy(() -> served.client.call(Health.HEALTH))
                    .isInstanceOf(MethodNotFoundException.class)
                    .satisfies(e -> assertThat(RemoteError.of(e)).isEqualTo(new RemoteError(
                            "aiozmq.rpc.base.NotFoundError", List.of("_zmqrpc.health"),
                            "NotFoundError('_zmqrpc.health')")));
        }
    }

    @Test
    void describeAndHealthShareTheReservedNamespace() {
        try (Served served = serve(new HeldEcho(), ServerOptions.builder().health(true).describe(true))) {
            assertThat(served.client.call(Health.HEALTH)).isEqualTo(reply("UP", "serving", true, true, true, 1));
            // the description lists the user's methods only, as it does without health
            @SuppressWarnings("unchecked")
            Map<String, Object> description = (Map<String, Object>) served.client.call(Describing.DESCRIBE);
            List<Object> names = ((List<?>) description.get("methods")).stream()
                    .map(m -> (Object) ((Map<?, ?>) m).get("name")).toList();
            assertThat(names).containsExactly("echo", "held");
        }
    }

    @Test
    void answersWhileEveryHandlerThreadIsBusy() throws Exception {
        HeldEcho handler = new HeldEcho();
        ExecutorService one = Executors.newSingleThreadExecutor();
        try (Served served = serve(handler, ServerOptions.builder().health(true).executor(one))) {
            CompletableFuture<Object> held = served.client.callAsync("held", 1);
            await(() -> served.server.inFlight() == 1, "the held call is in flight");

            assertThat(served.client.call(Health.HEALTH)).isEqualTo(reply("UP", "serving", true, true, true, 2));

            handler.release.countDown();
            assertThat(held.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1L);
        } finally {
            one.shutdownNow();
        }
    }

    @Test
    void aUserHandlerClaimingTheReservedNamespaceIsRefusedWhenHealthIsOn() {
        Object root = Handlers.builder().add("_zmqrpc", new HeldEcho()).build();

        assertThatThrownBy(() -> ZmqRpc.serveRpc(root, ServerOptions.builder().bind("tcp://127.0.0.1:*").health(true).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two handlers claim the remote name '_zmqrpc': "
                        + "io.zmqrpc.runtime.dispatch.CompositeHandler and io.zmqrpc.runtime.dispatch.InlineHandler");
    }

    @Test
    void healthFollowsTheServerFromServingThroughDrainingToClosed() throws Exception {
        HeldEcho handler = new HeldEcho();
        Served served = serve(handler, ServerOptions.builder().health(true));
        String endpoint = served.server.endpoints().get(0);
        CompletableFuture<Void> closing = null;
        try {
            assertThat(served.server.health()).isEqualTo(
                    new ServerHealth("calc", Pattern.RPC, ServerHealth.State.SERVING, true, List.of(endpoint), 0));
            assertThat(served.server.health().up()).isTrue();

            CompletableFuture<Object> held = served.client.callAsync("held", 5);
            await(() -> served.server.inFlight() == 1, "the held call is in flight");
            // the held call keeps the server draining for as long as the test wants
            closing = CompletableFuture.runAsync(() -> served.server.close(WAIT));
            await(() -> served.server.health().state() == ServerHealth.State.DRAINING, "the server drains");

            ServerHealth draining = served.server.health();
            assertThat(draining).isEqualTo(
                    new ServerHealth("calc", Pattern.RPC, ServerHealth.State.DRAINING, true, List.of(endpoint), 1));
            assertThat(draining.up()).isFalse();
            assertThat(draining.checks()).containsExactly(
                    Map.entry("serving", false), Map.entry("endpoints", true), Map.entry("socket-thread", true));
            // a draining server refuses new calls at once, but answers its health: DOWN
            assertThat(served.client.call(Health.HEALTH)).isEqualTo(Map.of("status", "DOWN", "endpoint", "calc",
                    "state", "draining", "checks", Map.of("serving", false, "endpoints", true, "socket-thread", true),
                    "in-flight", 2L));
            assertThatThrownBy(() -> served.client.call("echo", 1)).isInstanceOf(io.zmqrpc.GenericRpcException.class)
                    .hasMessageContaining("server calc is closing: the call was not started");

            handler.release.countDown();
            assertThat(held.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(5L);
            closing.get(WAIT.toSeconds(), TimeUnit.SECONDS);

            ServerHealth closed = served.server.health();
            assertThat(closed).isEqualTo(
                    new ServerHealth("calc", Pattern.RPC, ServerHealth.State.CLOSED, false, List.of(), 0));
            assertThat(closed.checks()).containsExactly(
                    Map.entry("serving", false), Map.entry("endpoints", false), Map.entry("socket-thread", false));
        } finally {
            handler.release.countDown();
            served.close();
        }
    }

    @Test
    void pubSubServersReportTheirHealthToo() {
        try (RpcServer server = ZmqRpc.servePubSub(new HeldEcho(),
                ServerOptions.builder().name("ticks").bind("tcp://127.0.0.1:*").subscribe("t").build())) {
            assertThat(server.health()).isEqualTo(new ServerHealth("ticks", Pattern.PUBSUB, ServerHealth.State.SERVING,
                    true, server.endpoints(), 0));
        }
    }

    @Test
    void theStateIsSpelledInLowerCase() {
        assertThat(ServerHealth.State.values()).extracting(ServerHealth.State::label)
                .containsExactly("serving", "draining", "closed");
    }

    private static Map<String, Object> reply(String status, String state, boolean serving, boolean endpoints,
            boolean socketThread, long inFlight) {
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("serving", serving);
        checks.put("endpoints", endpoints);
        checks.put("socket-thread", socketThread);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", status);
        reply.put("endpoint", "calc");
        reply.put("state", state);
        reply.put("checks", checks);
        reply.put("in-flight", inFlight);
        return reply;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }

    private static Served serve(Object handler, ServerOptions.Builder options) {
        RpcServer server = ZmqRpc.serveRpc(handler, options.name("calc").bind("tcp://127.0.0.1:*").build());
        RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0))
                .timeout(WAIT).build());
        return new Served(server, client);
    }

    private record Served(RpcServer server, RpcChannel client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
            server.close();
        }
    }
}
