package io.zmqrpc.runtime.server;

import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.runtime.wire.Message;
import java.util.concurrent.CompletableFuture;

/**
 * One call as the socket thread read it, with its outcome to come. Whoever completes the outcome
 * first (the handler, its timeout, or the server's shutdown) decides the answer, so a call is
 * answered exactly once.
 */
final class Incoming {

    final Message message;
    /** The handler's result, or its failure; {@link CallRunner.Undecodable} for no answer at all. */
    final CompletableFuture<Object> outcome = new CompletableFuture<>();
    /** When the socket thread read it ({@link System#nanoTime()}): where its deadline and duration count from. */
    final long received = System.nanoTime();
    /** Set by the runner before the outcome can complete, read by whoever completes it. */
    volatile CallObserver observer;
    /**
     * When its handler started, or was refused for its passed deadline. Plain, as is
     * {@link #expired}: written before the runner completes the outcome, which publishes them;
     * a close that completes it first may see them unset, and then reports the call as queued.
     */
    long started;
    /** Whether it was not started because its caller's deadline had passed. */
    boolean expired;

    Incoming(Message message) {
        this.message = message;
        this.started = received;
    }
}
