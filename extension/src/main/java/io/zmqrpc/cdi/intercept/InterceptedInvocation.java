package io.zmqrpc.cdi.intercept;

import jakarta.interceptor.InvocationContext;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * The invocation context one interceptor of a client call sees: the interface's method, the
 * call's arguments and the client as target. {@link #proceed} runs the next interceptor, or the
 * remote call after the last; it may run more than once (a retry) and from another thread (an
 * asynchronous strategy), so each position has its own context and they share the call's state.
 */
final class InterceptedInvocation implements InvocationContext {

    /** What every position of one call shares. */
    static final class Call {
        final Object client;
        final Method method;
        final Object remote;
        final InterceptorChain.Instances interceptors;
        final Map<String, Object> contextData = new HashMap<>();
        volatile Object[] parameters;

        Call(Object client, Method method, Object remote, InterceptorChain.Instances interceptors, Object[] parameters) {
            this.client = client;
            this.method = method;
            this.remote = remote;
            this.interceptors = interceptors;
            this.parameters = parameters == null ? new Object[0] : parameters;
        }
    }

    private final Call call;
    private final int next;

    InterceptedInvocation(Call call, int next) {
        this.call = call;
        this.next = next;
    }

    @Override
    public Object getTarget() {
        return call.client;
    }

    @Override
    public Object getTimer() {
        return null;
    }

    @Override
    public Method getMethod() {
        return call.method;
    }

    @Override
    public Constructor<?> getConstructor() {
        return null;
    }

    @Override
    public Object[] getParameters() {
        return call.parameters;
    }

    @Override
    public void setParameters(Object[] params) {
        Class<?>[] types = call.method.getParameterTypes();
        Object[] given = params == null ? new Object[0] : params;
        if (given.length != types.length) {
            throw new IllegalArgumentException(call.method + " takes " + types.length + " parameters, got " + given.length);
        }
        for (int i = 0; i < types.length; i++) {
            if (!assignable(types[i], given[i])) {
                throw new IllegalArgumentException(call.method + ": parameter " + i + " must be a "
                        + types[i].getName() + ", got " + (given[i] == null ? "null" : given[i].getClass().getName()));
            }
        }
        call.parameters = given;
    }

    private static boolean assignable(Class<?> type, Object value) {
        if (!type.isPrimitive()) {
            return value == null || type.isInstance(value);
        }
        return value != null && MethodType.methodType(type).wrap().returnType().isInstance(value);
    }

    @Override
    public Map<String, Object> getContextData() {
        return call.contextData;
    }

    @Override
    public Object proceed() throws Exception {
        if (next < call.interceptors.count(call.method)) {
            return call.interceptors.intercept(call.method, next, new InterceptedInvocation(call, next + 1));
        }
        try {
            return call.method.invoke(call.remote, call.parameters);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
    }
}
