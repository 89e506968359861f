package io.zmqrpc;

/** The client or server was closed before the call completed, or a call was made after close. */
public class ServiceClosedException extends RpcException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which service was closed
     */
    public ServiceClosedException(String message) {
        super(message);
    }
}
