package io.zmqrpc.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latency under an open-loop load: calls start on a fixed schedule whether or not earlier ones have
 * returned, and each latency counts from the call's <em>intended</em> start. A stall therefore shows
 * as the latencies of every call it delayed, instead of as a single slow call followed by a quiet
 * gap (coordinated omission). The CPU time of the transport's I/O threads over the measured calls
 * ({@link ThreadCounters#isIoThread}) is taken with them.
 */
final class OpenLoop {

    /** A park overshoots by up to about the kernel's timer slack (50 µs); the last stretch before
     *  a call's start is waited for by yielding instead, which is precise and still leaves the core
     *  to the system under test whenever it has work (on two cores, spinning would starve it). */
    private static final long YIELD_NANOS = 60_000;
    private static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final long ANSWER_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** How long one wait for the last echoes lasts before it looks at the count again. */
    private static final long DRAIN_STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Duration warmup;
    private final Duration measure;
    private final int payloadSize;

    OpenLoop(Duration warmup, Duration measure, int payloadSize) {
        this.warmup = warmup;
        this.measure = measure;
        this.payloadSize = payloadSize;
    }

    /**
     * Latency percentiles of calls at {@code ratePerSecond} after a warm-up at the same rate.
     *
     * @param system the system's name, for its errors
     */
    LatencyResult run(String system, OpenLoopClient client, int ratePerSecond) throws Exception {
        byte[] payload = Scenario.sequential(payloadSize).payload();
        schedule(system, client, payload, ratePerSecond, warmup);
        ThreadCounters.Sample before = ThreadCounters.sample();
        Histogram latencies = schedule(system, client, payload, ratePerSecond, measure);
        ThreadCounters.Sample cost = ThreadCounters.sample().since(before);
        return new LatencyResult(ratePerSecond, latencies, cost.ioCpuNanos() / 1e3 / latencies.getTotalCount());
    }

    private static Histogram schedule(String system, OpenLoopClient client, byte[] payload, int ratePerSecond,
            Duration length) throws Exception {
        long interval = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        int calls = (int) Math.max(1, length.toNanos() / interval);
        Recorder recorder = new Recorder(HIGHEST_TRACKABLE_NANOS, 3);
        CountDownLatch finished = new CountDownLatch(calls);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long intended = start + i * interval;
            client.awaitNanoTime(intended);
            client.callAsync(payload).whenComplete((echo, error) -> {
                if (error == null) {
                    recorder.recordValue(Math.min(System.nanoTime() - intended, HIGHEST_TRACKABLE_NANOS));
                } else {
                    failure.compareAndSet(null, error);
                }
                finished.countDown();
            });
        }
        long limit = System.nanoTime() + ANSWER_TIMEOUT_NANOS;
        while (finished.getCount() > 0) {
            if (System.nanoTime() - limit > 0) {
                throw new TimeoutException(system + ": " + finished.getCount() + " calls unanswered after 30 s");
            }
            client.awaitNanoTime(System.nanoTime() + DRAIN_STEP_NANOS);
        }
        if (failure.get() != null) {
            throw EchoCheck.failure(system, failure.get());
        }
        return recorder.getIntervalHistogram();
    }

    /**
     * Waits until {@code deadline}: parks while it is far, at most {@code maxPark} at a time,
     * yields for the last stretch, and runs {@code between} after every park or yield.
     */
    static void awaitNanoTime(long deadline, long maxPark, Runnable between) {
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            if (remaining > YIELD_NANOS) {
                LockSupport.parkNanos(Math.min(maxPark, remaining - YIELD_NANOS));
            } else {
                Thread.yield();
            }
            between.run();
        }
    }
}
