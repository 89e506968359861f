package io.zmqrpc.runtime.convert;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Maps from msgpack maps, keys and values converted. Each conversion builds a new mutable map:
 * a LinkedHashMap, which keeps the peer's order, or a TreeMap for sorted targets. Paths name
 * values by key ({@code ["a"]}) and keys as such ({@code [key "a"]}).
 */
final class MapConverters {

    private MapConverters() {
    }

    /**
     * The converter to a map type, or null when {@code raw} is not one zmqrpc builds.
     *
     * @param typeArgument the converter for the target's type argument {@code i}
     */
    static Converter map(Type target, Class<?> raw, IntFunction<Converter> typeArgument) {
        Supplier<Map<Object, Object>> factory = mapFactory(raw);
        if (factory == null) {
            return null;
        }
        Converter key = typeArgument.apply(0);
        Converter value = typeArgument.apply(1);
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
                    throw ConversionException.cannotConvert(received, target,
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
}
