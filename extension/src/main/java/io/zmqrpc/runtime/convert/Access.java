package io.zmqrpc.runtime.convert;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Member;
import java.lang.reflect.Method;

/**
 * Method handles for user members. Records and beans are often not public (nested in a test or a
 * service class), so access is opened where the module system allows it: always for classes on the
 * class path; for a named module, only if it opens the package to zmqrpc.
 */
final class Access {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private Access() {
    }

    static MethodHandle method(Method method) {
        open(method);
        try {
            return LOOKUP.unreflect(method);
        } catch (IllegalAccessException e) {
            throw inaccessible(method, e);
        }
    }

    static MethodHandle constructor(Constructor<?> constructor) {
        open(constructor);
        try {
            return LOOKUP.unreflectConstructor(constructor);
        } catch (IllegalAccessException e) {
            throw inaccessible(constructor, e);
        }
    }

    private static void open(AccessibleObject member) {
        try {
            // The result does not matter: unreflect says whether access suffices.
            member.trySetAccessible();
        } catch (SecurityException e) {
            // Same: unreflect reports it.
        }
    }

    private static IllegalStateException inaccessible(Member member, IllegalAccessException cause) {
        return new IllegalStateException(member.getDeclaringClass().getName()
                + " is not accessible to zmqrpc: make it public or open its package", cause);
    }
}
