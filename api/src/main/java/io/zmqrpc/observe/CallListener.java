package io.zmqrpc.observe;

/**
 * Sees the calls of the clients and servers it is registered on, and what they drop: the one
 * interception point of zmqrpc's call path (gRPC's client and server interceptors are the model,
 * reduced to observation). Register it with {@code ClientOptions.Builder.listener} or
 * {@code ServerOptions.Builder.listener}; in CDI every bean implementing it is registered on every
 * client and server, and so is zmqrpc's OpenTelemetry listener when the OpenTelemetry API is on the
 * class path.
 *
 * <p>A listener must be thread-safe and quick: it runs on the caller's thread, the handler's
 * thread and zmqrpc's socket threads. An exception it throws is logged and does not change the
 * call.
 */
public interface CallListener {

    /**
     * A call starts (see {@link CallInfo} for where and when).
     *
     * @param call the call
     * @return an observer of this call, or null not to follow it
     */
    CallObserver started(CallInfo call);

    /**
     * Messages were dropped or refused. The default ignores them.
     *
     * @param drop what and why
     */
    default void dropped(Drop drop) {
    }
}
