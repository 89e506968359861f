package io.zmqrpc.cdi.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Hands out a shared, container-managed client whose {@code close()} does nothing: several
 * injection points share one connection, so none of them may close it; the extension closes it at
 * shutdown. Views it returns (for example {@code withTimeout}) are protected the same way.
 */
final class Unclosable implements InvocationHandler {

    private final Object delegate;

    private Unclosable(Object delegate) {
        this.delegate = delegate;
    }

    static <T> T wrap(Class<T> type, T delegate) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Unclosable(delegate)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("close") && method.getParameterCount() == 0) {
            return null;
        }
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "container-managed " + delegate;
            };
        }
        Object result;
        try {
            result = method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        Class<?> returned = method.getReturnType();
        if (result != null && returned.isInterface() && AutoCloseable.class.isAssignableFrom(returned)) {
            return Proxy.newProxyInstance(returned.getClassLoader(), new Class<?>[] {returned}, new Unclosable(result));
        }
        return result;
    }
}
