package io.zmqrpc;

/**
 * The base of every exception zmqrpc throws. When the failure was reported by a peer,
 * {@link #remoteError()} tells what the peer said.
 */
public class RpcException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient RemoteError remoteError;

    /**
     * A local failure.
     *
     * @param message what went wrong
     */
    public RpcException(String message) {
        this(message, null, null);
    }

    /**
     * A local failure with a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public RpcException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /**
     * A failure reported by a peer.
     *
     * @param message what went wrong
     * @param cause the underlying failure, or null
     * @param remoteError what the peer said, or null for a local failure
     */
    public RpcException(String message, Throwable cause, RemoteError remoteError) {
        // Leave the cause unset when there is none, so that the error registry can still attach
        // the remote details to a user subclass with initCause.
        super(message);
        if (cause != null) {
            initCause(cause);
        }
        this.remoteError = remoteError;
    }

    /**
     * What the peer said about this failure.
     *
     * @return the remote error, or {@code null} when the failure is local
     */
    public RemoteError remoteError() {
        return remoteError;
    }
}
