package io.zmqrpc.runtime.errors;

import io.zmqrpc.RemoteError;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;

/**
 * Builds the Java exception for one remote error. Reflective factories may fail in any way;
 * {@link RemoteExceptions#create} turns every failure into a {@link io.zmqrpc.GenericRpcException}.
 */
@FunctionalInterface
interface ExceptionFactory {

    Throwable create(RemoteError error) throws ReflectiveOperationException;

    /**
     * A factory calling the first public constructor of {@code type} that takes a
     * {@link RemoteError}, a {@code String} (the remote message) or nothing; {@code null} when the
     * class is not public and concrete or has none of them. The {@code RemoteError} constructor
     * comes first because zmqrpc's own exceptions (and user subclasses of them) carry the full
     * remote details that way.
     */
    static ExceptionFactory forClass(Class<? extends Throwable> type) {
        int modifiers = type.getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isAbstract(modifiers) || type.isInterface()) {
            return null;
        }
        Constructor<? extends Throwable> withError = publicConstructor(type, RemoteError.class);
        if (withError != null) {
            return error -> withError.newInstance(error);
        }
        Constructor<? extends Throwable> withMessage = publicConstructor(type, String.class);
        if (withMessage != null) {
            return error -> withMessage.newInstance(error.message());
        }
        Constructor<? extends Throwable> noArgs = publicConstructor(type);
        return noArgs == null ? null : error -> noArgs.newInstance();
    }

    private static Constructor<? extends Throwable> publicConstructor(Class<? extends Throwable> type, Class<?>... parameters) {
        try {
            return type.getConstructor(parameters);
        } catch (NoSuchMethodException | SecurityException e) {
            return null;
        }
    }
}
