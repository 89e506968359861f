package io.zmqrpc.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.Pattern;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.ServiceClosedException;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.Drop;
import io.zmqrpc.observe.DropReason;
import io.zmqrpc.observe.Side;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.HeldEcho;
import io.zmqrpc.testing.LogCapture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request/reply server that drains: it lets its calls in flight finish, refuses new requests at
 * once, and notices a client that leaves, so that the drain does not wait for a reply nobody can
 * take.
 */
class DrainTest {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final HeldEcho handler = new HeldEcho();
    private final List<Drop> drops = new CopyOnWriteArrayList<>();
    private final RpcServer server = ZmqRpc.serveRpc(handler, ServerOptions.builder().name("drained")
            .bind("tcp://127.0.0.1:*").listener(new CallListener() {
                @Override
                public CallObserver started(CallInfo call) {
                    return null;
                }

                @Override
                public void dropped(Drop drop) {
                    drops.add(drop);
                }
            }).build());
    private final RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0))
            .timeout(GRACE).build());

    @AfterEach
    void close() {
        handler.release.countDown();
        client.close();
        server.close(Duration.ZERO);
    }

    private CompletableFuture<Void> startDraining() throws InterruptedException {
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> server.close(GRACE));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.health().state() != io.zmqrpc.runtime.health.ServerHealth.State.DRAINING
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(server.health().state()).isEqualTo(io.zmqrpc.runtime.health.ServerHealth.State.DRAINING);
        return closing;
    }

    @Test
    void aRequestReadWhileDrainingIsRefusedAtOnceAndTheCallInFlightStillFinishes() throws Exception {
        CompletableFuture<Object> held = client.callAsync("held", 7);
        InFlight.await(server, 1);
        CompletableFuture<Void> closing = startDraining();

        // The server's exception travels under its Java name, as any exception without a mapping.
        assertThatThrownBy(() -> client.call("held", 8)).isExactlyInstanceOf(GenericRpcException.class)
                .satisfies(e -> {
                    GenericRpcException g = (GenericRpcException) e;
                    assertThat(g.remoteType()).isEqualTo(ServiceClosedException.class.getName());
                    assertThat(g.remoteArgs()).containsExactly("server drained is closing: the call was not started");
                });
        assertThat(drops).containsExactly(new Drop(Side.SERVER, Pattern.RPC, "drained", DropReason.REFUSED, 1));

        handler.release.countDown();
        assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo(7L);
        closing.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aClientThatLeavesWhileTheServerDrainsDoesNotHoldTheDrainForTheGrace() throws Exception {
        try (LogCapture log = LogCapture.of(ZmqServer.class)) {
            client.callAsync("held", 7);
            InFlight.await(server, 1);
            CompletableFuture<Void> closing = startDraining();
            client.close();
            // Its call is cancelled when the server reads its disconnect notice; the grace is 30 s.
            closing.get(10, TimeUnit.SECONDS);
            assertThat(log.messages()).noneMatch(m -> m.contains("still running after"));
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }
}
