package io.zmqrpc.runtime.observe;

import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.ServiceClosedException;
import io.zmqrpc.observe.CallEnd;
import io.zmqrpc.observe.Outcome;

/** Turns how a call ended (nothing, or what the caller gets) into its {@link CallEnd}. */
public final class Outcomes {

    private Outcomes() {
    }

    /**
     * A client call's end.
     *
     * @param failure what the caller gets, or null for a result
     * @param startNanos when it started ({@link System#nanoTime()})
     * @param replyBytes the reply body's size, or 0
     * @return the end
     */
    public static CallEnd client(Throwable failure, long startNanos, int replyBytes) {
        long duration = System.nanoTime() - startNanos;
        if (failure == null) {
            return new CallEnd(Outcome.OK, null, null, duration, 0, replyBytes);
        }
        RemoteError remote = RemoteError.of(failure);
        if (remote != null) {
            return new CallEnd(Outcome.ERROR, remote.type(), failure, duration, 0, replyBytes);
        }
        return new CallEnd(local(failure), failure.getClass().getName(), failure, duration, 0, replyBytes);
    }

    /**
     * A server call's end.
     *
     * @param outcome how it ended
     * @param errorType the remote name of the handler's exception, or null
     * @param failure the handler's exception or the local failure, or null
     * @param receivedNanos when the request was read
     * @param startedNanos when its handler started, or the read time when it never did
     * @param replyBytes the reply body's size, or 0
     * @return the end
     */
    public static CallEnd server(Outcome outcome, String errorType, Throwable failure, long receivedNanos,
            long startedNanos, int replyBytes) {
        return new CallEnd(outcome, errorType, failure, System.nanoTime() - receivedNanos,
                startedNanos - receivedNanos, replyBytes);
    }

    /**
     * The outcome of a failure that did not come from the peer; anything but a timeout, a close or
     * an interrupt (no room for the call, a value that cannot be encoded, a reply that cannot be
     * read) is {@link Outcome#FAILED}.
     *
     * @param failure the failure
     * @return its outcome
     */
    public static Outcome local(Throwable failure) {
        if (failure instanceof RpcTimeoutException) {
            return Outcome.TIMEOUT;
        }
        if (failure instanceof ServiceClosedException) {
            return Outcome.CLOSED;
        }
        if (failure instanceof InterruptedException || failure.getCause() instanceof InterruptedException
                || failure instanceof java.util.concurrent.CancellationException) {
            return Outcome.CANCELLED;
        }
        return Outcome.FAILED;
    }
}
