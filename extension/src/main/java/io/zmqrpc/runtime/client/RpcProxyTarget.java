package io.zmqrpc.runtime.client;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Request/reply proxy methods: blocking for plain return types, asynchronous for
 * {@code CompletionStage}/{@code CompletableFuture}, whose type argument is the result type.
 */
final class RpcProxyTarget implements ProxyTarget {

    private final DealerClient client;

    RpcProxyTarget(DealerClient client) {
        this.client = client;
    }

    @Override
    public void check(Method method) {
        Class<?> raw = method.getReturnType();
        if (CompletionStage.class.isAssignableFrom(raw) && raw != CompletionStage.class && raw != CompletableFuture.class) {
            throw new IllegalArgumentException(method + ": an asynchronous method must return CompletionStage or "
                    + "CompletableFuture, not " + raw.getName());
        }
    }

    @Override
    public Object invoke(String remoteName, Method method, List<Object> args) throws Throwable {
        Class<?> raw = method.getReturnType();
        if (raw == CompletionStage.class || raw == CompletableFuture.class) {
            return client.callAsync(resultType(method.getGenericReturnType()), remoteName, args, Map.of());
        }
        Type type = raw == void.class ? Object.class : method.getGenericReturnType();
        Object result = client.invoke(type, remoteName, args, Map.of());
        return raw == void.class ? null : result;
    }

    private static Type resultType(Type stage) {
        return stage instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }
}
