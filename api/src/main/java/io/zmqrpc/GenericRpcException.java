package io.zmqrpc;

import java.util.List;

/**
 * A remote exception that the error registry did not translate into a Java type (aiozmq's
 * {@code GenericError}); it carries the remote type name, arguments and repr. It is also the cause
 * attached to every translated exception, so that {@link RemoteError#of(Throwable)} works for all.
 */
public class GenericRpcException extends RpcException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from what the peer said.
     *
     * @param remoteError the remote type name, arguments and repr
     */
    public GenericRpcException(RemoteError remoteError) {
        super(remoteError.type() + ": " + remoteError.message(), null, remoteError);
    }

    /**
     * The remote exception's type name, for example {@code mypackage.errors.OutOfStock}.
     *
     * @return the remote type name
     */
    public String remoteType() {
        return remoteError().type();
    }

    /**
     * The remote exception's arguments.
     *
     * @return the decoded arguments
     */
    public List<Object> remoteArgs() {
        return remoteError().args();
    }

    /**
     * The remote exception's repr.
     *
     * @return the repr text
     */
    public String remoteRepr() {
        return remoteError().repr();
    }
}
