package io.zmqrpc.observe;

/**
 * How a call ended, handed to {@link CallObserver#ended}. On the server it is reported when the
 * reply has been built and handed to the socket (or, without a reply, when the handler is done);
 * on the client when the caller's result or exception is ready, before the caller sees it.
 *
 * @param outcome how it ended
 * @param errorType for {@link Outcome#ERROR}, the remote exception type name as it travels
 *        ({@code builtins.ValueError}, {@code aiozmq.rpc.base.NotFoundError}, a Java class name);
 *        for other failures the local exception's class name; null for {@link Outcome#OK}
 * @param failure the exception the caller gets, or the handler raised; null for {@link Outcome#OK}
 * @param durationNanos from the call's start on this side to its end: on the client from the
 *        send to the result; on the server from the read of the request to the reply
 * @param queuedNanos on the server, how long the call waited between its read and its handler's
 *        start (0 on the client)
 * @param replyBytes the size of the reply body (request/reply only; 0 otherwise, or when there was
 *        no reply)
 */
public record CallEnd(Outcome outcome, String errorType, Throwable failure, long durationNanos, long queuedNanos,
        int replyBytes) {
}
