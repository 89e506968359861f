package io.zmqrpc.runtime.client;

/**
 * A call waiting for its reply. Exactly one of {@link #reply} and {@link #fail} takes effect: the
 * pending-call table hands a call out once, to whoever removes it (reply, timeout sweep or close).
 */
abstract class PendingCall {

    final int id;
    final String name;
    final long deadlineNanos;

    PendingCall(int id, String name, long deadlineNanos) {
        this.id = id;
        this.name = name;
        this.deadlineNanos = deadlineNanos;
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
