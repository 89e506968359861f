package io.zmqrpc.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcException;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.ServiceClosedException;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.EndpointOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.TcpProxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** Crashed, closed, silent and slow peers: every call ends, nothing hangs, nothing leaks. */
class FaultsTest {

    /** Calls that block until released, or take a given time. */
    public static class Gate {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch entered;

        Gate(int calls) {
            entered = new CountDownLatch(calls);
        }

        @RpcMethod
        public String blocked(String text) throws InterruptedException {
            entered.countDown();
            release.await();
            return text;
        }

        @RpcMethod
        public String echo(String text) {
            return text;
        }

        @RpcMethod
        public String sleep(String text, long millis) throws InterruptedException {
            entered.countDown();
            Thread.sleep(millis);
            return text;
        }
    }

    // ---- server killed (a separate process) and restarted on the same address

    @Test
    void killedServerTimesOutPendingCallsAndTheSameClientWorksWhenItIsBack() throws Exception {
        Process first = ChildServer.start("tcp://127.0.0.1:*");
        String endpoint = ChildServer.readReady(first);
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(endpoint)
                .timeout(Duration.ofSeconds(3)).build())) {
            assertThat(callUntilAnswered(client, "before")).isEqualTo("before");
            List<CompletableFuture<String>> pending = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                pending.add(client.callAsync(String.class, "hang", List.of("call " + i), Map.of()));
            }
            Thread.sleep(300);
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            for (CompletableFuture<String> call : pending) {
                assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(RpcTimeoutException.class);
            }
            assertThat(client.pendingCalls()).isZero();

            Process second = ChildServer.start(endpoint);
            try {
                assertThat(ChildServer.readReady(second)).isEqualTo(endpoint);
                assertThat(callUntilAnswered(client, "after")).isEqualTo("after");
                System.out.printf("faults: server process killed with %d calls pending, all timed out; the same client "
                        + "called the restarted server%n", pending.size());
            } finally {
                second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            first.destroyForcibly();
        }
    }

    private static String callUntilAnswered(RpcChannel client, String text) {
        return Retry.untilAnswered(() -> client.call(String.class, "echo", text));
    }

    // ---- closing with calls pending

    @Test
    void closingTheClientFailsEveryPendingCallWithServiceClosed() throws Exception {
        // Some calls run (the pool is small), the rest wait in the queue: all are pending on the client.
        Gate gate = new Gate(1);
        RpcServer server = ZmqRpc.serveRpc(gate, ServerOptions.bind("tcp://127.0.0.1:*"));
        try {
            RpcChannel client = ZmqRpc.connectRpc(ClientOptions.connect(server.endpoints().get(0)));
            List<CompletableFuture<String>> pending = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                pending.add(client.callAsync(String.class, "blocked", List.of("c" + i), Map.of()));
            }
            assertThat(gate.entered.await(30, TimeUnit.SECONDS)).isTrue();
            client.close();
            for (CompletableFuture<String> call : pending) {
                assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).cause()
                        .isInstanceOf(ServiceClosedException.class);
            }
            assertThat(client.pendingCalls()).isZero();
            assertThatThrownBy(() -> client.call("echo", "x")).isInstanceOf(ServiceClosedException.class);
        } finally {
            gate.release.countDown();
            server.close();
        }
    }

    @Test
    void closingTheServerLetsCallsFinishWithinTheGrace() throws Exception {
        Gate gate = new Gate(5);
        RpcServer server = ZmqRpc.serveRpc(gate, ServerOptions.builder().bind("tcp://127.0.0.1:*")
                .shutdownGrace(Duration.ofSeconds(30)).build());
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.connect(server.endpoints().get(0)))) {
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(client.callAsync(String.class, "sleep", List.of("s" + i, 300), Map.of()));
            }
            assertThat(gate.entered.await(30, TimeUnit.SECONDS)).isTrue();
            server.close();
            for (int i = 0; i < 5; i++) {
                assertThat(calls.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("s" + i);
            }
        }
    }

    @Test
    void closingTheServerAnswersCallsStillRunningAfterTheGraceWithAnError() throws Exception {
        Gate gate = new Gate(5);
        RpcServer server = ZmqRpc.serveRpc(gate, ServerOptions.builder().bind("tcp://127.0.0.1:*")
                .shutdownGrace(Duration.ofMillis(300)).build());
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.connect(server.endpoints().get(0)))) {
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(client.callAsync(String.class, "blocked", List.of("b" + i), Map.of()));
            }
            assertThat(gate.entered.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
            closing.get(30, TimeUnit.SECONDS);
            for (CompletableFuture<String> call : calls) {
                assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).cause()
                        .isInstanceOfSatisfying(RpcException.class, e ->
                                assertThat(e.remoteError().type()).contains("ServiceClosed"));
            }
        } finally {
            gate.release.countDown();
        }
    }

    // ---- timeouts leave nothing behind

    @Test
    void tenThousandTimedOutCallsLeaveNoPendingEntry() throws Exception {
        int calls = 10_000;
        try (ZContext context = new ZContext(1); ZMQ.Socket silent = context.createSocket(SocketType.ROUTER)) {
            silent.setLinger(0);
            // so that the sink looks at its stop flag at least every 100 ms
            silent.setReceiveTimeOut(100);
            silent.bind("tcp://127.0.0.1:*");
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger received = new AtomicInteger();
            // A peer that reads every request and never answers: the calls leave the client and
            // time out there, rather than waiting in its queue.
            Thread sink = new Thread(() -> {
                while (!stop.get()) {
                    if (silent.recv() != null) {
                        while (silent.hasReceiveMore()) {
                            silent.recv();
                        }
                        received.incrementAndGet();
                    }
                }
            }, "silent-peer");
            sink.start();
            try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(silent.getLastEndpoint())
                    .timeout(Duration.ofMillis(500)).build())) {
                List<CompletableFuture<Object>> pending = new ArrayList<>(calls);
                for (int i = 0; i < calls; i++) {
                    pending.add(client.callAsync("echo", "t" + i));
                }
                int timedOut = 0;
                for (CompletableFuture<Object> call : pending) {
                    try {
                        call.get(60, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(RpcTimeoutException.class);
                        timedOut++;
                    }
                }
                assertThat(timedOut).isEqualTo(calls);
                assertThat(client.pendingCalls()).isZero();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (received.get() < calls && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(received.get()).as("requests the silent peer read").isEqualTo(calls);
                System.out.printf("faults: %d calls timed out, %d read by the silent peer, %d pending entries left%n",
                        timedOut, received.get(), client.pendingCalls());
            } finally {
                stop.set(true);
                // the sink owns the socket until it has stopped; only then may it be closed
                sink.join(TimeUnit.SECONDS.toMillis(10));
                assertThat(sink.isAlive()).as("the silent peer stopped").isFalse();
            }
        }
    }

    // ---- transport liveness

    @Test
    void clientHeartbeatsDetectASilentlyDeadServerAndReconnect() throws Exception {
        RpcServer server = ZmqRpc.serveRpc(new Gate(0), ServerOptions.bind("tcp://127.0.0.1:*"));
        try (TcpProxy proxy = new TcpProxy(TcpProxy.port(server.endpoints().get(0)));
                RpcChannel withHeartbeat = ZmqRpc.connectRpc(heartbeat(ClientOptions.builder().connect(proxy.endpoint()))
                        .timeout(Duration.ofSeconds(3)).build());
                RpcChannel without = ZmqRpc.connectRpc(ClientOptions.builder().connect(proxy.endpoint())
                        .timeout(Duration.ofSeconds(2)).build())) {
            assertThat(withHeartbeat.call(String.class, "echo", "a")).isEqualTo("a");
            assertThat(without.call(String.class, "echo", "b")).isEqualTo("b");
            proxy.freeze();
            // The frozen connection looks open to TCP: without heartbeats on either side nobody notices.
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> without.call(String.class, "echo", "lost")).isInstanceOf(RpcTimeoutException.class);
            }
            // With heartbeats the client dropped the dead connection and made a new one.
            assertThat(callUntilAnswered(withHeartbeat, "again")).isEqualTo("again");
        } finally {
            server.close();
        }
    }

    @Test
    void serverHeartbeatsDropASilentlyDeadClientConnection() throws Exception {
        RpcServer server = ZmqRpc.serveRpc(new Gate(0), heartbeat(ServerOptions.builder().bind("tcp://127.0.0.1:*")).build());
        try (TcpProxy proxy = new TcpProxy(TcpProxy.port(server.endpoints().get(0)));
                RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(proxy.endpoint())
                        .timeout(Duration.ofSeconds(3)).build())) {
            assertThat(client.call(String.class, "echo", "a")).isEqualTo("a");
            proxy.freeze();
            // The server's heartbeat timeout closes its side; the proxy passes the close on, and the
            // client (without heartbeats of its own) reconnects.
            assertThat(callUntilAnswered(client, "again")).isEqualTo("again");
        } finally {
            server.close();
        }
    }

    private static <B extends EndpointOptions.Builder<B, ?>> B heartbeat(B options) {
        return options.heartbeat(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }
}
