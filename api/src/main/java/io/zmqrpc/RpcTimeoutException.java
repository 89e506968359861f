package io.zmqrpc;

/**
 * A call did not complete within its timeout: the client stopped waiting (the late reply, if any,
 * is dropped), or the server's handler timeout expired and the server said so (then
 * {@link #remoteError()} is set, and Python's {@code asyncio} timeouts map here too).
 */
public class RpcTimeoutException extends RpcException {

    private static final long serialVersionUID = 1L;

    /**
     * A local timeout.
     *
     * @param message which call timed out and after how long
     */
    public RpcTimeoutException(String message) {
        super(message);
    }

    /**
     * A timeout reported by the peer.
     *
     * @param remoteError what the peer said
     */
    public RpcTimeoutException(RemoteError remoteError) {
        super("remote timeout: " + remoteError.message(), null, remoteError);
    }
}
