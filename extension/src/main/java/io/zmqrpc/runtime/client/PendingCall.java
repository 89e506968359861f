package io.zmqrpc.runtime.client;

import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.runtime.observe.Outcomes;

/**
 * A call waiting for its reply. Exactly one of {@link #reply} and {@link #fail} takes effect: the
 * pending-call table hands a call out once, to whoever removes it (reply, timeout sweep or close).
 */
abstract class PendingCall {

    final int id;
    final String name;
    final long deadlineNanos;
    /** The call's observers, or null; set by the sender before the request leaves. */
    private CallObserver observer;
    private long startNanos;
    /** The reply body's size, for the observers. */
    int replyBytes;

    PendingCall(int id, String name, long deadlineNanos) {
        this.id = id;
        this.name = name;
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * Follows the call with observers.
     *
     * @param observer the observers
     * @param start when the call started ({@link System#nanoTime()})
     */
    final void observe(CallObserver observer, long start) {
        this.observer = observer;
        this.startNanos = start;
    }

    /**
     * Tells the observers, if any, how the call ended; once: the thread that ends the call (the
     * caller for a blocking call, the completion for an asynchronous one) calls it.
     *
     * @param failure what the caller gets, or null for a result
     */
    final void observed(Throwable failure) {
        CallObserver o = observer;
        if (o != null) {
            observer = null;
            o.ended(Outcomes.client(failure, startNanos, replyBytes));
        }
    }

    /**
     * The reply arrived; runs on the socket thread, so it must only hand the frames on.
     *
     * @param header the 17-byte reply header
     * @param body the msgpack body
     */
    abstract void reply(byte[] header, byte[] body);

    /**
     * The call failed locally (timeout, close).
     *
     * @param failure the exception to report
     */
    abstract void fail(Throwable failure);
}
