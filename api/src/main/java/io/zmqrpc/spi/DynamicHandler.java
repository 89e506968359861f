package io.zmqrpc.spi;

/**
 * A handler that resolves remote names at call time (aiozmq's handler with {@code __getitem__}).
 * For a name {@code a.b.m}, the server asks for {@code a}, then asks the result for {@code b}, and
 * so on; the last segment must resolve to a {@link RemoteCall} or to a bound {@code @RpcMethod}
 * method returned as a sub-handler's own. An intermediate result may be any handler: an object
 * with {@code @RpcMethod} methods, a {@code Map<String, ?>} of handlers, or another
 * {@code DynamicHandler}.
 */
@FunctionalInterface
public interface DynamicHandler {

    /**
     * Resolves one segment of a dotted remote name.
     *
     * @param name the segment
     * @return a sub-handler, a {@link RemoteCall}, or null when there is nothing by that name
     *     (the caller then gets {@code NotFoundError})
     */
    Object lookup(String name);
}
