package io.zmqrpc.bench;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives an {@link EchoTarget}: blocking calls for the sequential pattern, and for the in-flight
 * pattern a window of asynchronous calls bounded by a semaphore (a permit is taken per call and
 * given back when its future completes). Every echo is checked ({@link CheckedTarget}): a wrong one
 * or a failed call ends the run with an exception that names the system.
 */
final class TargetSystem implements EchoSystem {

    private final String name;
    private final EchoTarget target;

    TargetSystem(String name, EchoTarget target) {
        this.name = name;
        this.target = new CheckedTarget(name, target);
    }

    @Override
    public long closedLoop(Scenario scenario, long maxCalls, long durationNanos) throws Exception {
        byte[] payload = scenario.payload();
        long deadline = System.nanoTime() + durationNanos;
        return scenario.pattern() == Scenario.Pattern.SEQUENTIAL
                ? sequential(payload, maxCalls, deadline)
                : window(payload, scenario.inFlight(), maxCalls, deadline);
    }

    private long sequential(byte[] payload, long maxCalls, long deadline) throws Exception {
        long done = 0;
        while (done < maxCalls && System.nanoTime() < deadline) {
            target.call(payload);
            done++;
        }
        return done;
    }

    private long window(byte[] payload, int inFlight, long maxCalls, long deadline) throws Exception {
        Semaphore window = new Semaphore(inFlight);
        AtomicLong done = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long issued = 0;
        while (issued < maxCalls && failure.get() == null && System.nanoTime() < deadline) {
            window.acquire();
            target.callAsync(payload).whenComplete((echo, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                } else {
                    done.incrementAndGet();
                }
                window.release();
            });
            issued++;
        }
        // Let the stragglers land so that the next run starts from a quiet system.
        window.acquire(inFlight);
        if (failure.get() != null) {
            throw EchoCheck.failure(name, failure.get());
        }
        return done.get();
    }

    @Override
    public LatencyResult openLoop(OpenLoop openLoop, int ratePerSecond) throws Exception {
        return openLoop.run(name, target, ratePerSecond);
    }

    @Override
    public void close() {
        target.close();
    }
}
