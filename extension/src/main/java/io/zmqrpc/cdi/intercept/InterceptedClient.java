package io.zmqrpc.cdi.intercept;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * The injected client of an interface with interceptors: an intercepted remote method runs its
 * interceptors around the call, every other method goes straight to the zmqrpc proxy, and a
 * default method runs on this client (so the remote calls it makes are intercepted too). A method
 * with a Fault Tolerance timeout calls through a proxy with a shorter timeout of its own.
 */
final class InterceptedClient implements InvocationHandler {

    private final Object remote;
    private final Map<Method, Object> shortened;
    private final InterceptorChain.Instances interceptors;

    private InterceptedClient(Object remote, Map<Method, Object> shortened, InterceptorChain.Instances interceptors) {
        this.remote = remote;
        this.shortened = shortened;
        this.interceptors = interceptors;
    }

    static Object create(Class<?> type, Object remote, Map<Method, Object> shortened,
            InterceptorChain.Instances interceptors) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new InterceptedClient(remote, shortened, interceptors));
    }

    /** Destroys the interceptors of a client made here; does nothing for another object. */
    static void release(Object client) {
        if (Proxy.isProxyClass(client.getClass()) && Proxy.getInvocationHandler(client) instanceof InterceptedClient c) {
            c.interceptors.destroy();
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object target = shortened.getOrDefault(method, remote);
        if (interceptors.intercepts(method)) {
            return new InterceptedInvocation(new InterceptedInvocation.Call(proxy, method, target, interceptors, args), 0)
                    .proceed();
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "intercepted " + remote;
            };
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
