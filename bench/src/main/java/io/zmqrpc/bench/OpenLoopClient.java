package io.zmqrpc.bench;

import java.util.concurrent.CompletableFuture;

/**
 * What {@link OpenLoop} drives: a client that starts a call without waiting for its echo, and a way
 * to wait for the next call's start.
 */
public interface OpenLoopClient {

    /** Sends {@code payload} without waiting; the future completes with the echo. */
    CompletableFuture<byte[]> callAsync(byte[] payload);

    /**
     * Waits until {@code System.nanoTime()} reaches {@code deadline}. A client whose echoes only
     * the caller's thread can read (bare JeroMQ's DEALER) reads them meanwhile; the default just
     * waits, the client's own threads completing the futures.
     */
    default void awaitNanoTime(long deadline) {
        OpenLoop.awaitNanoTime(deadline, Long.MAX_VALUE, () -> { });
    }
}
