package io.zmqrpc.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.LogCapture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Hostile frames from raw DEALER sockets while a well-behaved client keeps calling: every good call
 * is answered correctly, the heap stays bounded and the server's log stays rate-limited.
 */
class FuzzTest {

    private static final int MAX_FRAMES = 200_000;
    private static final long TIME_BOX_NANOS = TimeUnit.SECONDS.toNanos(20);
    private static final int FUZZERS = 3;

    /** The methods the recorded requests call, and one only the well-behaved client calls. */
    public static class Target {
        final AtomicLong wellBehavedCalls = new AtomicLong();

        @RpcMethod
        public long add(long a, long b) {
            return a + b;
        }

        @RpcMethod
        public long wellBehavedAdd(long a, long b) {
            wellBehavedCalls.incrementAndGet();
            return a + b;
        }

        @RpcMethod
        public Object echo(Object value) {
            return value;
        }
    }

    @Test
    void serverSurvivesMutatedFramesWhileServingGoodCalls() throws Exception {
        List<byte[][]> seeds = RecordedFrames.requests();
        Target target = new Target();
        try (LogCapture log = LogCapture.all()) {
            RpcServer server = ZmqRpc.serveRpc(target, ServerOptions.builder().bind("tcp://127.0.0.1:*")
                    .name("fuzzed").build());
            String endpoint = server.endpoints().get(0);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong goodCalls = new AtomicLong();
            AtomicReference<Throwable> goodFailure = new AtomicReference<>();
            Thread good = new Thread(() -> callWell(endpoint, stop, goodCalls, goodFailure), "well-behaved");
            try (ZContext context = new ZContext(1)) {
                List<ZMQ.Socket> fuzzers = new ArrayList<>();
                for (int i = 0; i < FUZZERS; i++) {
                    ZMQ.Socket dealer = context.createSocket(SocketType.DEALER);
                    dealer.setLinger(0);
                    dealer.setHandshakeIvl(2_000);  // raw JeroMQ: no handshake recovery of zmqrpc's
                    dealer.connect(endpoint);
                    fuzzers.add(dealer);
                }
                // The baseline is the server in its steady state: connected, and serving the good caller.
                good.start();
                awaitGoodCalls(goodCalls, goodFailure, 100);
                long heapBefore = usedHeapAfterGc();
                Mutator mutator = new Mutator(seeds, 8);
                long start = System.nanoTime();
                long tried = 0;
                long frames = 0;
                while (tried < MAX_FRAMES && System.nanoTime() - start < TIME_BOX_NANOS) {
                    ZMQ.Socket dealer = fuzzers.get((int) (tried % FUZZERS));
                    byte[][] message = mutator.next();
                    if (send(dealer, message)) {
                        tried++;
                        frames += Math.max(1, message.length);
                    } else {
                        Thread.sleep(1);
                    }
                    while (dealer.recv(ZMQ.DONTWAIT) != null) {
                        // discard the replies the server sent to calls that still decoded
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                // Measured while the server is up, with whatever the storm left in its queues and tables.
                long heapAfter = usedHeapAfterGc();
                stop.set(true);
                good.join(TimeUnit.SECONDS.toMillis(60));

                // Still serving after the storm.
                try (RpcChannel after = ZmqRpc.connectRpc(ClientOptions.connect(endpoint))) {
                    assertThat(after.call(Long.class, "add", 40, 2)).isEqualTo(42L);
                }
                long serverLines = log.records().stream()
                        .filter(r -> r.getLoggerName().startsWith("io.zmqrpc.runtime.server")).count();
                System.out.printf("fuzz: %d hostile messages (%d frames) in %.1f s; %d good calls answered correctly;"
                        + " used heap after GC %d MiB before, %d MiB after, server up; %d server log lines%n",
                        tried, frames, seconds, goodCalls.get(), heapBefore >> 20, heapAfter >> 20, serverLines);

                assertThat(good.isAlive()).as("the well-behaved caller finished").isFalse();
                assertThat(goodFailure.get()).isNull();
                assertThat(goodCalls.get()).isGreaterThanOrEqualTo(100);
                // every call it made was served once and answered correctly: none lost, none doubled
                assertThat(target.wellBehavedCalls.get()).isEqualTo(goodCalls.get());
                assertThat(heapAfter - heapBefore).isLessThan(64L << 20);
                // One line a second at most per rate-limited source, plus a few lifecycle lines.
                assertThat(serverLines).isLessThanOrEqualTo((long) Math.ceil(seconds) * 2 + 10);
            } finally {
                stop.set(true);
                server.close();
            }
        }
    }

    /** Waits, bounded, until the good caller has had {@code count} calls answered. */
    private static void awaitGoodCalls(AtomicLong goodCalls, AtomicReference<Throwable> failure, long count)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (goodCalls.get() < count && failure.get() == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(failure.get()).isNull();
        assertThat(goodCalls.get()).as("good calls answered before the storm").isGreaterThanOrEqualTo(count);
    }

    private static boolean send(ZMQ.Socket dealer, byte[][] frames) {
        if (frames.length == 0) {
            return dealer.send(new byte[0], ZMQ.DONTWAIT);
        }
        if (!dealer.send(frames[0], frames.length == 1 ? ZMQ.DONTWAIT : ZMQ.DONTWAIT | ZMQ.SNDMORE)) {
            return false;
        }
        for (int i = 1; i < frames.length; i++) {
            dealer.send(frames[i], i == frames.length - 1 ? 0 : ZMQ.SNDMORE);
        }
        return true;
    }

    private static void callWell(String endpoint, AtomicBoolean stop, AtomicLong calls, AtomicReference<Throwable> failure) {
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(endpoint)
                .timeout(Duration.ofSeconds(60)).build())) {
            for (long i = 0; !stop.get(); i++) {
                long got = client.call(Long.class, "wellBehavedAdd", i, 1_000_000);
                if (got != i + 1_000_000) {
                    throw new AssertionError("wellBehavedAdd(" + i + ", 1000000) answered " + got);
                }
                calls.incrementAndGet();
            }
        } catch (Throwable t) {
            failure.set(t);
        }
    }

    static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
