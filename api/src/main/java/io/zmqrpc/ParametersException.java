package io.zmqrpc;

/**
 * The arguments did not bind to the remote method's parameters (aiozmq's {@code ParametersError},
 * which travels as {@code aiozmq.rpc.base.ParametersError} with one text argument).
 */
public class ParametersException extends RpcException {

    private static final long serialVersionUID = 1L;

    /** The wire name of aiozmq's ParametersError. */
    public static final String REMOTE_TYPE = "aiozmq.rpc.base.ParametersError";

    /**
     * Creates the exception from the peer's reply.
     *
     * @param remoteError what the peer said
     */
    public ParametersException(RemoteError remoteError) {
        super("bad parameters: " + remoteError.message(), null, remoteError);
    }

    /**
     * A local binding failure, for example a result that does not convert to the declared type.
     *
     * @param message what did not bind
     */
    public ParametersException(String message) {
        super(message);
    }
}
