package io.zmqrpc.cdi.server;

import io.zmqrpc.RpcMethod;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Consumer;

/**
 * Checks the remote members of an endpoint bean class at deployment: it must have at least one, and
 * (a method or a sub-handler field) and an {@link RpcMethod} method must be public and not static (the dispatcher would never reach it,
 * which is surely not what the author meant).
 */
final class RpcMethods {

    private RpcMethods() {
    }

    static void check(Class<?> beanClass, Consumer<String> problems) {
        int remote = 0;
        for (Class<?> c = beanClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(RpcMethod.class) || m.isSynthetic()) {
                    continue;
                }
                remote++;
                if (Modifier.isStatic(m.getModifiers())) {
                    problems.accept("@RpcMethod method " + m.getName() + " is static");
                } else if (!Modifier.isPublic(m.getModifiers())) {
                    problems.accept("@RpcMethod method " + m.getName() + " is not public");
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(RpcMethod.class) && !Modifier.isStatic(f.getModifiers())) {
                    remote++;
                }
            }
        }
        if (remote == 0) {
            problems.accept("has no @RpcMethod method");
        }
    }
}
