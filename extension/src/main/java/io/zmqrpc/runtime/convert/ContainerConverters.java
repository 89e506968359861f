package io.zmqrpc.runtime.convert;

import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Collections from msgpack arrays, and {@code Optional}. Each conversion builds a new mutable
 * collection of a concrete type that keeps the peer's order where the target allows (ArrayList,
 * LinkedHashSet; TreeSet for sorted targets, ArrayDeque for queues). Maps are in
 * {@link MapConverters}, arrays in {@link ArrayConverters}.
 */
final class ContainerConverters {

    private ContainerConverters() {
    }

    /** Whether the class is a container, whose instances may still need their elements converted. */
    static boolean isContainer(Class<?> raw) {
        return Iterable.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class;
    }

    /**
     * The converter to a collection type, or null when {@code raw} is not one zmqrpc builds.
     *
     * @param typeArgument the converter for the target's type argument {@code i}
     */
    static Converter collection(Type target, Class<?> raw, IntFunction<Converter> typeArgument) {
        IntFunction<Collection<Object>> factory = collectionFactory(raw);
        if (factory == null) {
            return null;
        }
        Converter element = typeArgument.apply(0);
        return value -> {
            List<?> list = requireList(value, target);
            if (element == Converter.IDENTITY && raw.isInstance(value)) {
                return value;
            }
            Collection<Object> out = factory.apply(list.size());
            int index = 0;
            for (Object item : list) {
                Object converted = element(element, item, index);
                try {
                    out.add(converted);
                } catch (NullPointerException | ClassCastException e) {
                    // TreeSet and ArrayDeque refuse nil; TreeSet refuses elements it cannot compare.
                    throw ConversionException.cannotConvert(value, target, "item [" + index + "] ("
                            + Values.describe(item) + ") is not accepted by " + out.getClass().getSimpleName(), e);
                }
                index++;
            }
            return out;
        };
    }

    private static IntFunction<Collection<Object>> collectionFactory(Class<?> raw) {
        if (raw == List.class || raw == Collection.class || raw == Iterable.class || raw == ArrayList.class) {
            return ArrayList::new;
        }
        if (raw == Set.class || raw == LinkedHashSet.class || raw == HashSet.class) {
            return size -> new LinkedHashSet<>();
        }
        if (raw == SortedSet.class || raw == NavigableSet.class || raw == TreeSet.class) {
            return size -> new TreeSet<>();
        }
        if (raw == Queue.class || raw == Deque.class || raw == ArrayDeque.class) {
            return ArrayDeque::new;
        }
        return null;
    }

    /** {@code Optional<T>}: nil is empty (see {@link GuardedConverter}), anything else converts to T. */
    static Converter optional(Converter element) {
        return value -> Optional.ofNullable(element.convert(value));
    }

    static List<?> requireList(Object value, Type target) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw ConversionException.cannotConvert(value, target);
    }

    /** Converts one item of an array, adding its index to the path of a failure. */
    static Object element(Converter element, Object item, int index) {
        try {
            return element.convert(item);
        } catch (ConversionException e) {
            throw e.under("[" + index + "]");
        }
    }
}
