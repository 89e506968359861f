package io.zmqrpc.runtime.client;

import io.zmqrpc.RpcMethod;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed proxies of all three patterns: each abstract interface method calls the remote method of
 * its name (or its {@link RpcMethod} value) under an optional namespace, with its arguments as
 * positional arguments (a varargs array spread, like Python's {@code *args}). {@code equals},
 * {@code hashCode}, {@code toString} and default methods run locally.
 */
public final class ProxyFactory {

    private ProxyFactory() {
    }

    static <T> T create(Class<T> type, String namespace, ProxyTarget target) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface: typed proxies need one");
        }
        String prefix = namespace == null || namespace.isEmpty() ? "" : namespace + ".";
        Map<Method, String> names = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers())) {
                target.check(m);
                RpcMethod marker = m.getAnnotation(RpcMethod.class);
                names.put(m, prefix + (marker == null || marker.value().isEmpty() ? m.getName() : marker.value()));
            }
        }
        String description = type.getSimpleName() + "Proxy[" + prefix + "]";
        InvocationHandler handler = (proxy, method, args) -> {
            String remote = names.get(method);
            if (remote != null) {
                return target.invoke(remote, method, positional(method, args));
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> description;
                default -> throw new UnsupportedOperationException(method.toString());
            };
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static List<Object> positional(Method method, Object[] args) {
        if (args == null) {
            return List.of();
        }
        if (!method.isVarArgs()) {
            return Arrays.asList(args);
        }
        List<Object> spread = new ArrayList<>(Arrays.asList(args).subList(0, args.length - 1));
        Object rest = args[args.length - 1];
        for (int i = 0, n = rest == null ? 0 : Array.getLength(rest); i < n; i++) {
            spread.add(Array.get(rest, i));
        }
        return spread;
    }
}
