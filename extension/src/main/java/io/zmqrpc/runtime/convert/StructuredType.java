package io.zmqrpc.runtime.convert;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * How the encoder writes a record or a JavaBean: as a msgpack map of its properties, read through
 * cached method handles.
 *
 * <ul>
 * <li>A record: its components, in declaration order.</li>
 * <li>A JavaBean (a concrete class with a non-private no-arg constructor): the properties that
 *     have both a public getter ({@code getX}, or {@code isX} for booleans) and a public setter
 *     ({@code setX}), in alphabetical order, since reflection does not report declaration order.
 *     Requiring the setter keeps the encoder to what {@link TypeConverter} can bind back.</li>
 * </ul>
 * Classes of the platform ({@code java.*}, {@code javax.*}, {@code jdk.*}, {@code sun.*}) are
 * neither.
 *
 * <pre>{@code
 * StructuredType type = StructuredType.of(value.getClass());
 * for (int i = 0; i < type.size(); i++) {
 *     packer.packString(type.name(i));
 *     pack(type.get(i, value));
 * }
 * }</pre>
 */
public final class StructuredType {

    private static final ClassValue<Optional<StructuredType>> CACHE = new ClassValue<>() {
        @Override
        protected Optional<StructuredType> computeValue(Class<?> type) {
            return Optional.ofNullable(describe(type));
        }
    };

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private final Class<?> type;
    private final String[] names;
    private final MethodHandle[] getters;

    private StructuredType(Class<?> type, List<String> names, List<Method> getters) {
        this.type = type;
        this.names = names.toArray(String[]::new);
        this.getters = new MethodHandle[getters.size()];
        for (int i = 0; i < this.getters.length; i++) {
            this.getters[i] = Access.method(getters.get(i)).asType(GETTER);
        }
    }

    /**
     * The description of a record or bean class, cached per class.
     *
     * @param type the class of a value to encode
     * @return its description, or null when it is neither a record nor a bean
     * @throws IllegalStateException when it is one but zmqrpc may not access it (a class in a named
     *     module that does not open its package), or a bean's setters are ambiguous
     */
    public static StructuredType of(Class<?> type) {
        return CACHE.get(type).orElse(null);
    }

    private static StructuredType describe(Class<?> type) {
        if (BeanIntrospection.isPlatform(type)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<Method> getters = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
                getters.add(component.getAccessor());
            }
            return new StructuredType(type, names, getters);
        }
        if (BeanIntrospection.constructor(type) == null) {
            return null;
        }
        SortedMap<String, Method> setters = BeanIntrospection.setters(type);
        for (Map.Entry<String, Method> getter : BeanIntrospection.getters(type).entrySet()) {
            if (setters.containsKey(getter.getKey())) {
                names.add(getter.getKey());
                getters.add(getter.getValue());
            }
        }
        return names.isEmpty() ? null : new StructuredType(type, names, getters);
    }

    /**
     * The number of properties.
     *
     * @return the number of properties
     */
    public int size() {
        return names.length;
    }

    /**
     * The name of a property, the map key it is written under.
     *
     * @param i the index, 0 to {@code size() - 1}
     * @return the name
     */
    public String name(int i) {
        return names[i];
    }

    /**
     * Reads a property of an instance.
     *
     * @param i the index, 0 to {@code size() - 1}
     * @param instance an instance of the described class
     * @return the property value
     * @throws IllegalStateException when the accessor throws, naming the property
     */
    public Object get(int i, Object instance) {
        try {
            return getters[i].invokeExact(instance);
        } catch (Error e) {
            throw e;
        } catch (Throwable failure) {
            throw new IllegalStateException(
                    "cannot read property " + names[i] + " of " + type.getName() + ": "
                            + Values.clip(String.valueOf(failure), 2 * Values.MAX_TEXT), failure);
        }
    }

    @Override
    public String toString() {
        return "StructuredType" + List.of(names) + " of " + type.getName();
    }
}
