package io.zmqrpc.runtime.convert;

import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Collections from msgpack arrays, maps from msgpack maps, {@code Optional}. Each conversion builds
 * a new mutable container of a concrete type that keeps the peer's order where the target allows
 * (ArrayList, LinkedHashSet, LinkedHashMap; TreeSet and TreeMap for sorted targets, ArrayDeque for
 * queues).
 */
final class ContainerConverters {

    private ContainerConverters() {
    }

    /** Whether the class is a container, whose instances may still need their elements converted. */
    static boolean isContainer(Class<?> raw) {
        return Iterable.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class;
    }

    /** The converter to a collection type, or null when {@code raw} is not one zmqrpc builds. */
    static Converter collection(Type target, Class<?> raw, Converter element) {
        IntFunction<Collection<Object>> factory = collectionFactory(raw);
        if (factory == null) {
            return null;
        }
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
                    throw new ConversionException("cannot convert " + Values.describe(value) + " to " + Types.name(target),
                            "item [" + index + "] (" + Values.describe(item) + ") is not accepted by "
                                    + out.getClass().getSimpleName(), e);
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

    /** The converter to a map type, or null when {@code raw} is not one zmqrpc builds. */
    static Converter map(Type target, Class<?> raw, Converter key, Converter value) {
        Supplier<Map<Object, Object>> factory = mapFactory(raw);
        if (factory == null) {
            return null;
        }
        boolean asIs = key == Converter.IDENTITY && value == Converter.IDENTITY;
        return received -> {
            if (!(received instanceof Map<?, ?> map)) {
                throw ConversionException.cannotConvert(received, target);
            }
            if (asIs && raw.isInstance(received)) {
                return received;
            }
            Map<Object, Object> out = factory.get();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object convertedKey;
                try {
                    convertedKey = key.convert(entry.getKey());
                } catch (ConversionException e) {
                    throw e.under("[key " + Values.literal(entry.getKey()) + "]");
                }
                Object convertedValue;
                try {
                    convertedValue = value.convert(entry.getValue());
                } catch (ConversionException e) {
                    throw e.under("[" + Values.literal(entry.getKey()) + "]");
                }
                try {
                    out.put(convertedKey, convertedValue);
                } catch (NullPointerException | ClassCastException e) {
                    throw new ConversionException("cannot convert " + Values.describe(received) + " to " + Types.name(target),
                            "key " + Values.literal(entry.getKey()) + " is not accepted by " + out.getClass().getSimpleName(), e);
                }
            }
            return out;
        };
    }

    private static Supplier<Map<Object, Object>> mapFactory(Class<?> raw) {
        if (raw == Map.class || raw == LinkedHashMap.class || raw == HashMap.class) {
            return LinkedHashMap::new;
        }
        if (raw == SortedMap.class || raw == NavigableMap.class || raw == TreeMap.class) {
            return TreeMap::new;
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
