package io.zmqrpc.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.TooManyPendingCallsException;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.HeldEcho;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Any number of calls may be submitted and all are answered, with bounded memory: a client holds
 * at most {@code maxPendingCalls}; beyond it an asynchronous call is refused at once, a blocking
 * call or a notification waits for room within its timeout.
 */
class PendingBoundTest {

    @Test
    void aBurstOfTwentyThousandCallsIsAnsweredInFull() throws Exception {
        try (RpcServer server = ZmqRpc.serveRpc(new HeldEcho(), ServerOptions.bind("tcp://127.0.0.1:*"));
                RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0))
                        .timeout(Duration.ofSeconds(60)).build())) {
            List<CompletableFuture<Long>> calls = new ArrayList<>();
            for (long n = 0; n < 20_000; n++) {
                calls.add(client.callAsync(Long.class, "echo", List.of(n), Map.of()));
            }
            for (int n = 0; n < calls.size(); n++) {
                assertThat(calls.get(n).get(60, TimeUnit.SECONDS)).isEqualTo(n);
            }
            assertThat(client.pendingCalls()).isZero();
        }
    }

    @Test
    void pastTheBoundAnAsynchronousCallIsRefusedAtOnceAndABlockingOneWaits() throws Exception {
        HeldEcho service = new HeldEcho();
        try (RpcServer server = ZmqRpc.serveRpc(service, ServerOptions.bind("tcp://127.0.0.1:*"));
                RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().name("bounded")
                        .connect(server.endpoints().get(0)).maxPendingCalls(4).timeout(Duration.ofSeconds(30)).build())) {
            List<CompletableFuture<Long>> held = new ArrayList<>();
            for (long n = 0; n < 4; n++) {
                held.add(client.callAsync(Long.class, "held", List.of(n), Map.of()));
            }
            CompletableFuture<Long> refused = client.callAsync(Long.class, "echo", List.of(9L), Map.of());
            assertThat(refused).isCompletedExceptionally();
            assertThatThrownBy(refused::join).cause().isExactlyInstanceOf(TooManyPendingCallsException.class)
                    .hasMessage("client bounded already holds 4 calls (maxPendingCalls): call echo was refused; "
                            + "wait for some to finish");
            assertThatThrownBy(() -> client.withTimeout(Duration.ofMillis(200)).call(Long.class, "echo", 8))
                    .isExactlyInstanceOf(RpcTimeoutException.class)
                    .hasMessage("client bounded held 4 calls (maxPendingCalls) until call echo timed out: "
                            + "none of them finished in time");

            CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(() -> client.call(Long.class, "echo", 7));
            service.release.countDown();
            assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo(7);
            for (int n = 0; n < 4; n++) {
                assertThat(held.get(n).get(30, TimeUnit.SECONDS)).isEqualTo(n);
            }
            assertThat(client.pendingCalls()).isZero();
        }
    }

    @Test
    void notificationsWaitForRoomAndAreNeverDropped() throws Exception {
        String endpoint = "tcp://127.0.0.1:" + freePort();
        LinkedBlockingQueue<Long> received = new LinkedBlockingQueue<>();
        List<Long> notified = new ArrayList<>();
        // Nobody listens yet: the PUSH socket's pipe (high-water mark 1) fills, then the client
        // holds up to 3 more, then a notification waits and, past the timeout, is refused.
        try (PipelineClient client = ZmqRpc.connectPipeline(ClientOptions.builder().name("pusher").connect(endpoint)
                .highWaterMarks(1, 1).maxPendingCalls(3).timeout(Duration.ofMillis(200)).build())) {
            RpcTimeoutException refusal = null;
            for (long n = 0; n < 20 && refusal == null; n++) {
                try {
                    client.notify("note", n);
                    notified.add(n);
                } catch (RpcTimeoutException e) {
                    refusal = e;
                }
            }
            assertThat(refusal).as("a notification past the bound").isNotNull()
                    .hasMessage("client pusher held 3 calls (maxPendingCalls) until notification note timed out: "
                            + "none of them finished in time");
            assertThat(notified).hasSizeBetween(3, 6);

            try (RpcServer puller = ZmqRpc.servePipeline(new Object() {
                @RpcMethod
                public void note(long n) {
                    received.add(n);
                }
            }, ServerOptions.bind(endpoint))) {
                List<Long> arrived = new ArrayList<>();
                for (int i = 0; i < notified.size(); i++) {
                    arrived.add(received.poll(30, TimeUnit.SECONDS));
                }
                // Handlers run on several threads: every notification arrives, in whatever order.
                assertThat(arrived).containsExactlyInAnyOrderElementsOf(notified);
                client.notify("note", 99L);
                assertThat(received.poll(30, TimeUnit.SECONDS)).isEqualTo(99L);
            }
        }
    }

    @Test
    void notificationsStillOnTheirWayAtCloseLeaveWithinTheLinger() throws Exception {
        LinkedBlockingQueue<Long> received = new LinkedBlockingQueue<>();
        try (RpcServer puller = ZmqRpc.servePipeline(new Object() {
            @RpcMethod
            public void note(long n) {
                received.add(n);
            }
        }, ServerOptions.bind("tcp://127.0.0.1:*"))) {
            // Closed right after sending, before the connection is even made: the socket lingers
            // (1 s by default) instead of dropping what it holds.
            PipelineClient client = ZmqRpc.connectPipeline(ClientOptions.connect(puller.endpoints().get(0)));
            for (long n = 0; n < 100; n++) {
                client.notify("note", n);
            }
            client.close();
            List<Long> arrived = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                arrived.add(received.poll(30, TimeUnit.SECONDS));
            }
            assertThat(arrived).doesNotContainNull().hasSize(100).doesNotHaveDuplicates();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
