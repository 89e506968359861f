package io.zmqrpc.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latency under an open-loop load: calls start on a fixed schedule whether or not earlier ones have
 * returned, and each latency counts from the call's <em>intended</em> start. A stall therefore shows
 * as the latencies of every call it delayed, instead of as a single slow call followed by a quiet
 * gap (coordinated omission).
 */
final class OpenLoop {

    /** A park overshoots by up to about the kernel's timer slack (50 µs); the last stretch before
     *  a call's start is waited for by yielding instead, which is precise and still leaves the core
     *  to the system under test whenever it has work (on two cores, spinning would starve it). */
    private static final long YIELD_NANOS = 60_000;
    private static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Duration warmup;
    private final Duration measure;
    private final int payloadSize;

    OpenLoop(Duration warmup, Duration measure, int payloadSize) {
        this.warmup = warmup;
        this.measure = measure;
        this.payloadSize = payloadSize;
    }

    /** Latency percentiles of calls at {@code ratePerSecond} after a warm-up at the same rate. */
    LatencyResult run(EchoTarget target, int ratePerSecond) throws Exception {
        byte[] payload = new byte[payloadSize];
        schedule(target, payload, ratePerSecond, warmup);
        return LatencyResult.of(ratePerSecond, schedule(target, payload, ratePerSecond, measure));
    }

    private static Histogram schedule(EchoTarget target, byte[] payload, int ratePerSecond,
            Duration length) throws Exception {
        long interval = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        int calls = (int) Math.max(1, length.toNanos() / interval);
        Recorder recorder = new Recorder(HIGHEST_TRACKABLE_NANOS, 3);
        CountDownLatch finished = new CountDownLatch(calls);
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long intended = start + i * interval;
            awaitNanoTime(intended);
            target.callAsync(payload).whenComplete((echo, error) -> {
                if (error == null) {
                    recorder.recordValue(Math.min(System.nanoTime() - intended, HIGHEST_TRACKABLE_NANOS));
                }
                finished.countDown();
            });
        }
        if (!finished.await(30, TimeUnit.SECONDS)) {
            throw new TimeoutException(finished.getCount() + " calls unanswered after 30 s");
        }
        Histogram latencies = recorder.getIntervalHistogram();
        if (latencies.getTotalCount() != calls) {
            throw new IllegalStateException((calls - latencies.getTotalCount()) + " calls failed");
        }
        return latencies;
    }

    /** Waits until {@code deadline}: parks while it is far, yields for the last stretch. */
    private static void awaitNanoTime(long deadline) {
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            if (remaining > YIELD_NANOS) {
                LockSupport.parkNanos(remaining - YIELD_NANOS);
            } else {
                Thread.yield();
            }
        }
    }
}
