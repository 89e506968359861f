package io.zmqrpc.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.ParametersException;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.EndpointOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.wire.DecodeLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Every limit refuses what exceeds it, and the server keeps serving. */
class LimitsTest {

    /** Measures its input, and counts how many calls run at once. */
    public static class Meter {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostRunning = new AtomicInteger();
        volatile RpcServer server;
        final AtomicInteger mostInFlight = new AtomicInteger();

        @RpcMethod
        public int size(Object value) {
            return value instanceof String s ? s.length() : value instanceof List<?> l ? l.size() : -1;
        }

        @RpcMethod
        public int depth(Object value) {
            int depth = 0;
            for (Object v = value; v instanceof List<?> l && !l.isEmpty(); v = l.get(0)) {
                depth++;
            }
            return depth;
        }

        @RpcMethod
        public long slow(long id) throws InterruptedException {
            mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            mostInFlight.accumulateAndGet(server.inFlight(), Math::max);
            Thread.sleep(50);
            running.decrementAndGet();
            return id;
        }
    }

    private static RpcChannel client(RpcServer server, Duration timeout) {
        return ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0)).timeout(timeout).build());
    }

    @Test
    void oversizedMessageIsRefusedAndTheServerKeepsServing() {
        RpcServer server = ZmqRpc.serveRpc(new Meter(), ServerOptions.builder().bind("tcp://127.0.0.1:*")
                .maxMessageSize(64 * 1024).build());
        try (RpcChannel client = client(server, Duration.ofSeconds(2))) {
            assertThat(client.call(Integer.class, "size", "x".repeat(60_000))).isEqualTo(60_000);
            assertThatThrownBy(() -> client.call(Integer.class, "size", "x".repeat(70_000)))
                    .isInstanceOf(RpcTimeoutException.class);
            // ZeroMQ dropped that connection; the same client reconnects and is served again.
            assertThat(Retry.untilAnswered(() -> client.call(Integer.class, "size", "y".repeat(1000)))).isEqualTo(1000);
            assertThat(client.pendingCalls()).isZero();
        } finally {
            server.close();
        }
    }

    @Test
    void nestingDeeperThanTheLimitIsAnsweredWithParametersError() {
        RpcServer server = ZmqRpc.serveRpc(new Meter(), ServerOptions.builder().bind("tcp://127.0.0.1:*")
                .decodeLimits(new DecodeLimits(8, 100)).build());
        try (RpcChannel client = client(server, Duration.ofSeconds(2))) {
            // The arguments array is level 1, so a value may nest 7 levels.
            assertThat(client.call(Integer.class, "depth", nested(6))).isEqualTo(6);
            assertThatThrownBy(() -> client.call(Integer.class, "depth", nested(8)))
                    .isExactlyInstanceOf(ParametersException.class)
                    .hasMessage("bad parameters: TypeError('cannot decode the arguments: msgpack nesting deeper than 8 levels')");
            assertThat(client.call(Integer.class, "depth", nested(3))).isEqualTo(3);
        } finally {
            server.close();
        }
    }

    @Test
    void containersLargerThanTheLimitAreAnsweredWithParametersError() {
        RpcServer server = ZmqRpc.serveRpc(new Meter(), ServerOptions.builder().bind("tcp://127.0.0.1:*")
                .decodeLimits(new DecodeLimits(8, 100)).build());
        try (RpcChannel client = client(server, Duration.ofSeconds(2))) {
            assertThat(client.call(Integer.class, "size", Collections.nCopies(100, 1))).isEqualTo(100);
            assertThatThrownBy(() -> client.call(Integer.class, "size", Collections.nCopies(101, 1)))
                    .isExactlyInstanceOf(ParametersException.class)
                    .hasMessage("bad parameters: TypeError('cannot decode the arguments: array of 101 elements exceeds "
                            + "the limit of 100')");
            assertThat(client.call(Integer.class, "size", List.of(1, 2))).isEqualTo(2);
        } finally {
            server.close();
        }
    }

    private static Object nested(int depth) {
        Object v = "leaf";
        for (int i = 0; i < depth; i++) {
            v = List.of(v);
        }
        return v;
    }

    @Test
    void maxInFlightStopsReadingAndServesTheRestLater() throws Exception {
        Meter meter = new Meter();
        ExecutorService handlers = Executors.newFixedThreadPool(16);
        RpcServer server = ZmqRpc.serveRpc(meter, ServerOptions.builder().bind("tcp://127.0.0.1:*")
                .maxInFlight(4).executor(handlers).build());
        meter.server = server;
        try (RpcChannel client = client(server, Duration.ofSeconds(60))) {
            List<CompletableFuture<Long>> calls = new ArrayList<>();
            for (long i = 0; i < 60; i++) {
                calls.add(client.callAsync(Long.class, "slow", List.of(i), java.util.Map.of()));
            }
            for (int i = 0; i < calls.size(); i++) {
                assertThat(calls.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(i);
            }
            assertThat(meter.mostRunning.get()).isEqualTo(4);
            assertThat(meter.mostInFlight.get()).isLessThanOrEqualTo(4);
            // The server sends a reply before it counts the call done: wait (bounded) for the count.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (server.inFlight() != 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(server.inFlight()).isZero();
        } finally {
            server.close();
            handlers.shutdownNow();
        }
    }

    @Test
    void defaults() {
        ServerOptions server = ServerOptions.builder().build();
        ClientOptions client = ClientOptions.builder().build();
        for (EndpointOptions defaults : List.of(server, client)) {
            assertThat(defaults.socket().maxMessageSize()).isEqualTo(16L << 20);
            assertThat(defaults.decodeLimits()).isEqualTo(new DecodeLimits(64, 1_000_000));
            assertThat(defaults.socket().sendHighWaterMark()).isEqualTo(1000);
            assertThat(defaults.socket().receiveHighWaterMark()).isEqualTo(1000);
            assertThat(defaults.socket().heartbeat()).isNull();
            assertThat(defaults.socket().curve()).isNull();
        }
        assertThat(server.maxInFlight()).isEqualTo(1000);
        assertThat(client.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(server.shutdownGrace()).isEqualTo(Duration.ofSeconds(5));
    }
}
