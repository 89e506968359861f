package io.zmqrpc.runtime.errors;

import io.zmqrpc.RemoteError;

/**
 * Builds the Java exception for one remote error. Factories may fail in any way;
 * {@link RemoteExceptions#create} turns every failure into a {@link io.zmqrpc.GenericRpcException}.
 * A mapped class gets a {@link ConstructorFactory}.
 */
@FunctionalInterface
interface ExceptionFactory {

    Throwable create(RemoteError error) throws ReflectiveOperationException;
}
