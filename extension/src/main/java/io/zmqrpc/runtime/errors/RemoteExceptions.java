package io.zmqrpc.runtime.errors;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.RemoteError;
import java.lang.System.Logger.Level;

/** Creates translated exceptions and links them to the remote details. */
final class RemoteExceptions {

    private static final System.Logger LOG = System.getLogger(RemoteExceptions.class.getName());

    private RemoteExceptions() {
    }

    /**
     * Runs the factory and makes sure {@link RemoteError#of(Throwable)} finds {@code error} on the
     * result. A factory that fails or returns null yields a {@link GenericRpcException}: the caller
     * must see the peer's failure, never a local one caused by translating it.
     */
    static Throwable create(RemoteError error, ExceptionFactory factory) {
        Throwable created;
        try {
            created = factory.create(error);
        } catch (Throwable failure) {
            if (failure instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            LOG.log(Level.WARNING, "could not create the exception for remote type " + error.type()
                    + "; throwing GenericRpcException instead", failure);
            return new GenericRpcException(error);
        }
        return created == null ? new GenericRpcException(error) : linked(created, error);
    }

    private static Throwable linked(Throwable created, RemoteError error) {
        if (RemoteError.of(created) != null) {
            return created;
        }
        GenericRpcException remote = new GenericRpcException(error);
        if (created.getCause() == null) {
            try {
                created.initCause(remote);
                return created;
            } catch (IllegalStateException causeAlreadySet) {
                // the constructor set a null cause explicitly; initCause refuses, so fall through
            }
        }
        created.addSuppressed(remote);
        return created;
    }
}
