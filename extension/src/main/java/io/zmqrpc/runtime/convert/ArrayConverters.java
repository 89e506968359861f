package io.zmqrpc.runtime.convert;

import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Java arrays from msgpack arrays: {@code int[]}, {@code String[]}, {@code Order[]},
 * {@code List<String>[]}. {@code byte[]} is not one of them: it is msgpack bin (see
 * {@link ScalarConverters}).
 */
final class ArrayConverters {

    /** Stores one converted (boxed) item; a cast per primitive kind instead of reflective Array.set. */
    @FunctionalInterface
    private interface Store {
        void set(Object array, int index, Object item);
    }

    private record Kind(IntFunction<Object> create, Store store) {
    }

    private static final Map<Class<?>, Kind> PRIMITIVES = Map.of(
            boolean.class, new Kind(boolean[]::new, (a, i, v) -> ((boolean[]) a)[i] = (Boolean) v),
            short.class, new Kind(short[]::new, (a, i, v) -> ((short[]) a)[i] = (Short) v),
            char.class, new Kind(char[]::new, (a, i, v) -> ((char[]) a)[i] = (Character) v),
            int.class, new Kind(int[]::new, (a, i, v) -> ((int[]) a)[i] = (Integer) v),
            long.class, new Kind(long[]::new, (a, i, v) -> ((long[]) a)[i] = (Long) v),
            float.class, new Kind(float[]::new, (a, i, v) -> ((float[]) a)[i] = (Float) v),
            double.class, new Kind(double[]::new, (a, i, v) -> ((double[]) a)[i] = (Double) v));

    private ArrayConverters() {
    }

    /**
     * @param target the array type, for messages
     * @param component the erased component class
     * @param element converts one item to the component type
     */
    static Converter forArray(Type target, Class<?> component, Converter element) {
        Kind kind = PRIMITIVES.get(component);
        if (kind == null) {
            Object[] empty = (Object[]) Array.newInstance(component, 0);
            kind = new Kind(size -> Arrays.copyOf(empty, size), (a, i, v) -> ((Object[]) a)[i] = v);
        }
        Kind chosen = kind;
        return value -> {
            List<?> list = ContainerConverters.requireList(value, target);
            Object array = chosen.create().apply(list.size());
            int index = 0;
            for (Object item : list) {
                chosen.store().set(array, index, ContainerConverters.element(element, item, index));
                index++;
            }
            return array;
        };
    }
}
