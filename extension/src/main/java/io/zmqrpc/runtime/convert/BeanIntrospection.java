package io.zmqrpc.runtime.convert;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finds JavaBean properties by the getX / isX / setX naming convention, without java.beans (it
 * lives in the java.desktop module, which servers need not have).
 */
final class BeanIntrospection {

    private BeanIntrospection() {
    }

    /** Platform classes are never taken apart by reflection: their state is not their API. */
    static boolean isPlatform(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }

    /**
     * The no-arg constructor of a bean class, or null when {@code type} cannot be a bean: abstract,
     * an interface, enum, record, array, inner (non-static), local or anonymous class, a platform
     * class, or one without a non-private no-arg constructor. The class itself need not be public.
     */
    static Constructor<?> constructor(Class<?> type) {
        int modifiers = type.getModifiers();
        if (type.isInterface() || type.isArray() || type.isPrimitive() || type.isEnum() || type.isRecord()
                || Modifier.isAbstract(modifiers) || type.isAnonymousClass() || type.isLocalClass()
                || (type.isMemberClass() && !Modifier.isStatic(modifiers)) || isPlatform(type)) {
            return null;
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            return Modifier.isPrivate(constructor.getModifiers()) ? null : constructor;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** Public getters by property name, alphabetical. */
    static SortedMap<String, Method> getters(Class<?> type) {
        SortedMap<String, Method> getters = new TreeMap<>();
        for (Method method : type.getMethods()) {
            if (!isAccessor(method) || method.getParameterCount() != 0 || method.getReturnType() == void.class) {
                continue;
            }
            String name = method.getName();
            if (name.startsWith("get") && name.length() > 3) {
                getters.put(property(name, 3), method);
            } else if (name.startsWith("is") && name.length() > 2
                    && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
                // getX wins over isX when a class has both.
                getters.putIfAbsent(property(name, 2), method);
            }
        }
        return getters;
    }

    /**
     * Public setters by property name, alphabetical. Among overloads, the one taking the getter's
     * type wins; overloads that nothing decides between are an error rather than a guess.
     */
    static SortedMap<String, Method> setters(Class<?> type) {
        Map<String, List<Method>> candidates = new TreeMap<>();
        for (Method method : type.getMethods()) {
            String name = method.getName();
            if (isAccessor(method) && method.getParameterCount() == 1 && method.getReturnType() == void.class
                    && name.startsWith("set") && name.length() > 3) {
                candidates.computeIfAbsent(property(name, 3), key -> new ArrayList<>()).add(method);
            }
        }
        SortedMap<String, Method> getters = getters(type);
        SortedMap<String, Method> setters = new TreeMap<>();
        candidates.forEach((property, overloads) -> setters.put(property, choose(type, property, overloads, getters.get(property))));
        return setters;
    }

    private static Method choose(Class<?> type, String property, List<Method> overloads, Method getter) {
        if (overloads.size() == 1) {
            return overloads.get(0);
        }
        for (Method setter : overloads) {
            if (getter != null && setter.getParameterTypes()[0] == getter.getReturnType()) {
                return setter;
            }
        }
        throw new IllegalStateException("bean " + type.getName() + " has ambiguous setters for property " + property);
    }

    private static boolean isAccessor(Method method) {
        return !Modifier.isStatic(method.getModifiers()) && !method.isBridge() && !method.isSynthetic()
                && method.getDeclaringClass() != Object.class;
    }

    /** Introspector's rule: "URL" stays "URL", "Name" becomes "name". */
    private static String property(String methodName, int prefix) {
        String name = methodName.substring(prefix);
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
