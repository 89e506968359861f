package io.zmqrpc;

/**
 * The peer has no remote method by the name called (aiozmq's {@code NotFoundError}, which travels
 * as {@code aiozmq.rpc.base.NotFoundError} with the name as its only argument).
 */
public class MethodNotFoundException extends RpcException {

    private static final long serialVersionUID = 1L;

    /** The wire name of aiozmq's NotFoundError. */
    public static final String REMOTE_TYPE = "aiozmq.rpc.base.NotFoundError";

    /**
     * Creates the exception from the peer's reply.
     *
     * @param remoteError what the peer said
     */
    public MethodNotFoundException(RemoteError remoteError) {
        super("remote method not found: " + remoteError.message(), null, remoteError);
    }
}
