package io.zmqrpc.runtime.server;

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

    Incoming(Message message) {
        this.message = message;
    }
}
