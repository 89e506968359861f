package io.zmqrpc.cli.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** How the calls are sent: a closed loop keeps C in flight, an open loop sends at a fixed rate. */
sealed interface Load {

    /** @return how many calls the run makes */
    int total();

    /** @return the mode, for the summary */
    String describe();

    /** Sends every call and returns once each has completed. */
    void run(Supplier<CompletableFuture<Object>> call, Recorder recorder) throws InterruptedException;

    /** N calls, C in flight: a call starts when one completes, so its intended time is its send time. */
    record Closed(int calls, int concurrency) implements Load {
        @Override
        public int total() {
            return calls;
        }

        @Override
        public String describe() {
            return "closed loop, " + concurrency + " in flight";
        }

        @Override
        public void run(Supplier<CompletableFuture<Object>> call, Recorder recorder) throws InterruptedException {
            Semaphore slots = new Semaphore(concurrency);
            for (int i = 0; i < calls; i++) {
                slots.acquire();
                long sent = System.nanoTime();
                call.get().whenComplete((result, failure) -> {
                    recorder.record(sent, failure);
                    slots.release();
                });
            }
            slots.acquire(concurrency);
        }
    }

    /** R calls a second for D, each sent at its intended time, late replies or not (no coordinated omission). */
    record Open(int rate, Duration duration) implements Load {
        @Override
        public int total() {
            return (int) Math.max(1, Math.min(Integer.MAX_VALUE, rate * duration.toNanos() / 1_000_000_000L));
        }

        @Override
        public String describe() {
            return "open loop, " + rate + " calls/s";
        }

        @Override
        public void run(Supplier<CompletableFuture<Object>> call, Recorder recorder) throws InterruptedException {
            int n = total();
            Semaphore done = new Semaphore(0);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long intended = start + i * 1_000_000_000L / rate;
                for (long wait; (wait = intended - System.nanoTime()) > 0; ) {
                    LockSupport.parkNanos(wait);
                }
                call.get().whenComplete((result, failure) -> {
                    recorder.record(intended, failure);
                    done.release();
                });
            }
            done.acquire(n);
        }
    }
}
