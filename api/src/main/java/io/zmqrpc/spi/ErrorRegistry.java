package io.zmqrpc.spi;

import io.zmqrpc.RemoteError;

/**
 * Translates between remote exception type names and Java exceptions, in both directions.
 * Implementations are immutable and safe to share between clients and servers.
 */
public interface ErrorRegistry {

    /**
     * Client side: the exception to throw for what a peer said. Never null; an unknown name gives
     * a {@link io.zmqrpc.GenericRpcException}. A translated exception carries a
     * {@link io.zmqrpc.GenericRpcException} as its cause, so that
     * {@link RemoteError#of(Throwable)} finds the remote details.
     *
     * @param error what the peer said
     * @return the exception to throw
     */
    Throwable toException(RemoteError error);

    /**
     * Server side: the remote type name an exception travels under.
     *
     * @param failure the exception a handler threw
     * @return the name, by default the Java class name
     */
    String remoteName(Throwable failure);
}
