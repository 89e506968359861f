package io.zmqrpc.runtime.convert;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Generic type plumbing: erasure, type variable resolution through a hierarchy, short names. */
final class Types {

    private Types() {
    }

    /** The class a type erases to; a type variable or wildcard erases to its first upper bound. */
    static Class<?> erasure(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType g) {
            return erasure(g.getGenericComponentType()).arrayType();
        }
        if (type instanceof TypeVariable<?> v) {
            return erasure(v.getBounds()[0]);
        }
        if (type instanceof WildcardType w) {
            return erasure(w.getUpperBounds()[0]);
        }
        throw new IllegalArgumentException("unknown kind of type: " + type);
    }

    /**
     * What each type variable of {@code target}'s class and of its supertypes stands for, as far
     * as {@code target} says: {@code Page<Order>} binds {@code T} of {@code Page} to {@code Order},
     * and {@code class OrderPage extends Page<Order>} does the same through its superclass.
     */
    static Map<TypeVariable<?>, Type> bindings(Type target) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        Class<?> raw = erasure(target);
        if (target instanceof ParameterizedType p) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = p.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                bindings.put(variables[i], arguments[i]);
            }
        }
        bindSupertypes(raw, bindings);
        return bindings;
    }

    private static void bindSupertypes(Class<?> type, Map<TypeVariable<?>, Type> bindings) {
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class) {
            bindSupertype(superclass, bindings);
        }
        for (Type superinterface : type.getGenericInterfaces()) {
            bindSupertype(superinterface, bindings);
        }
    }

    private static void bindSupertype(Type supertype, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw = erasure(supertype);
        if (supertype instanceof ParameterizedType p) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = p.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                bindings.putIfAbsent(variables[i], resolve(arguments[i], bindings));
            }
        }
        bindSupertypes(raw, bindings);
    }

    /**
     * Substitutes bound type variables in {@code type}. Unbound variables stay (they convert by
     * their bound); a wildcard becomes its upper bound, which is what a value converts to anyway.
     */
    static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> v) {
            return bindings.getOrDefault(v, v);
        }
        if (type instanceof WildcardType w) {
            return w.getLowerBounds().length > 0 ? Object.class : resolve(w.getUpperBounds()[0], bindings);
        }
        if (type instanceof GenericArrayType g) {
            Type component = resolve(g.getGenericComponentType(), bindings);
            return component instanceof Class<?> c ? c.arrayType() : new ResolvedTypes.GenericArray(component);
        }
        if (type instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments().clone();
            boolean changed = false;
            for (int i = 0; i < arguments.length; i++) {
                Type resolved = resolve(arguments[i], bindings);
                changed |= resolved != arguments[i];
                arguments[i] = resolved;
            }
            return changed ? new ResolvedTypes.Parameterized((Class<?>) p.getRawType(), arguments, p.getOwnerType()) : p;
        }
        return type;
    }

    /** A short, readable name for messages: {@code Map<String, List<Line>>}, {@code int[]}. */
    static String name(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                return name(c.getComponentType()) + "[]";
            }
            String simple = c.getSimpleName();
            return simple.isEmpty() ? c.getName() : simple;
        }
        if (type instanceof ParameterizedType p) {
            StringJoiner arguments = new StringJoiner(", ", name(p.getRawType()) + "<", ">");
            for (Type argument : p.getActualTypeArguments()) {
                arguments.add(name(argument));
            }
            return arguments.toString();
        }
        if (type instanceof GenericArrayType g) {
            return name(g.getGenericComponentType()) + "[]";
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + name(w.getLowerBounds()[0]);
            }
            Type upper = w.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + name(upper);
        }
        return type.getTypeName();
    }
}
