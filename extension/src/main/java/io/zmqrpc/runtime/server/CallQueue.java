package io.zmqrpc.runtime.server;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Hands the calls the socket thread reads to the handler executor without one task per call.
 * The socket thread queues the calls of a read burst and starts a drainer task only when none is
 * already on its way; a drainer runs calls one after the other while there are any. Before running
 * a call it starts one more drainer if calls are still waiting and none is on its way, so a
 * handler that blocks never holds up the calls behind it: each waiting call still gets a thread
 * (as many as the executor has), while fast handlers run a whole burst on one or two threads,
 * sparing a thread wake-up per call.
 *
 * <p>No call is ever stranded: the socket thread queues a call before it looks for a drainer on
 * its way, and a drainer counts itself started before it polls the queue, so either the socket
 * thread sees no drainer on its way and starts one, or the one it saw polls after the call was
 * queued.
 */
final class CallQueue {

    private final Queue<Incoming> calls = new ConcurrentLinkedQueue<>();
    /** Drainers submitted to the executor that have not started polling yet. */
    private final AtomicInteger onTheirWay = new AtomicInteger();
    private final Executor executor;
    private final Consumer<Incoming> runner;
    private final Consumer<Incoming> refused;

    /**
     * @param executor the handler executor
     * @param runner runs one call on a handler thread
     * @param refused answers a call the executor would not take
     */
    CallQueue(Executor executor, Consumer<Incoming> runner, Consumer<Incoming> refused) {
        this.executor = executor;
        this.runner = runner;
        this.refused = refused;
    }

    /** Queues a call; on the socket thread. {@link #dispatch()} must follow. */
    void add(Incoming call) {
        calls.add(call);
    }

    /** Makes sure a drainer will take the queued calls; on the socket thread, after a read burst. */
    void dispatch() {
        if (onTheirWay.get() == 0 && !calls.isEmpty()) {
            startDrainer();
        }
    }

    private void startDrainer() {
        onTheirWay.incrementAndGet();
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            onTheirWay.decrementAndGet();
            // Nobody will run what is queued: answer it (the server is closing, or the user's
            // executor is saturated).
            for (Incoming call; (call = calls.poll()) != null; ) {
                refused.accept(call);
            }
        }
    }

    private void drain() {
        onTheirWay.decrementAndGet();
        for (Incoming call; (call = calls.poll()) != null; ) {
            if (onTheirWay.get() == 0 && !calls.isEmpty()) {
                // The rest need not wait for this call, which may block.
                startDrainer();
            }
            try {
                runner.accept(call);
            } catch (RuntimeException | Error e) {
                // The runner answers every failure itself; should something escape it anyway,
                // the calls behind this one still get a drainer, as they had a task each before.
                if (onTheirWay.get() == 0 && !calls.isEmpty()) {
                    startDrainer();
                }
                throw e;
            }
        }
    }
}
