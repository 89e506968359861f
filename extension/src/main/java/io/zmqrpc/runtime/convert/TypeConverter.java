package io.zmqrpc.runtime.convert;

import java.lang.reflect.Type;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Converts decoded msgpack values to the Java types that handler parameters and client results
 * declare, generics included: {@code convert(decoded, method.getGenericParameterTypes()[i])}.
 *
 * <p>What converts to what:
 * <ul>
 * <li>{@code Object}, an unbound type variable or {@code ?}: the value as is; a bounded one or a
 *     wildcard: its upper bound. A value that already is an instance of a target class passes
 *     as is (translator types, {@code ExtValue}, {@code String}, {@code byte[]}).</li>
 * <li>{@code boolean} from bool; {@code byte}, {@code short}, {@code int}, {@code long} from int
 *     within range; {@code float}, {@code double} from float, or from int when exact; {@code char}
 *     from a one-character str; {@code BigInteger} from int; {@code BigDecimal} from int, float
 *     or str. Boxes alike. nil is an error for a primitive and null otherwise.</li>
 * <li>{@code String} from str only, {@code byte[]} from bin only.</li>
 * <li>Arrays and {@code List}, {@code Collection}, {@code Iterable}, {@code ArrayList},
 *     {@code Set}, {@code HashSet}, {@code LinkedHashSet}, {@code SortedSet}, {@code NavigableSet},
 *     {@code TreeSet}, {@code Queue}, {@code Deque}, {@code ArrayDeque} from array;
 *     {@code Map}, {@code HashMap}, {@code LinkedHashMap}, {@code SortedMap}, {@code NavigableMap},
 *     {@code TreeMap} from map. Each gives a new mutable container.</li>
 * <li>{@code Optional<T>}, {@code OptionalInt}, {@code OptionalLong}, {@code OptionalDouble}: nil
 *     is empty.</li>
 * <li>Enums from str by exact {@code name()}.</li>
 * <li>Records and JavaBeans from map, by component or property name; missing keys are null (empty
 *     optionals) and an error for primitives; unknown keys are ignored (a tolerant reader, so
 *     peers can add fields first); keys that are not str are an error.</li>
 * <li>{@code java.time} values as decoded; {@code ZonedDateTime} and {@code Instant} also from
 *     an aware datetime ({@code OffsetDateTime}), never from a naive one.</li>
 * </ul>
 * Anything else is a {@link ConversionException}.
 *
 * <p>Thread-safe. How to convert each type is worked out once and cached in the instance, so the
 * hot path does no reflection. The cache holds the types it has seen; an application that is
 * undeployed should drop its own instance rather than use {@link #shared()}.
 */
public final class TypeConverter {

    private static final TypeConverter SHARED = new TypeConverter();

    private final ConverterFactory factory = new ConverterFactory(this);

    // ClassValue for classes: it does not keep a class (and its loader) alive.
    private final ClassValue<Converter> byClass = new ClassValue<>() {
        @Override
        protected Converter computeValue(Class<?> type) {
            return factory.build(type);
        }
    };

    private final ConcurrentMap<Type, Converter> byType = new ConcurrentHashMap<>();

    /** Creates a converter with an empty cache. */
    public TypeConverter() {
    }

    /**
     * The default instance, for code that lives as long as zmqrpc itself.
     *
     * @return the shared converter
     */
    public static TypeConverter shared() {
        return SHARED;
    }

    /**
     * Converts a decoded value.
     *
     * @param value a decoded value, may be null
     * @param target the declared type, such as {@code method.getGenericParameterTypes()[0]}
     * @return the value as {@code target}; a primitive target gives its box
     * @throws ConversionException when the value does not convert; its path says where
     */
    public Object convert(Object value, Type target) {
        return converterFor(Objects.requireNonNull(target, "target")).convert(value);
    }

    Converter converterFor(Type target) {
        if (target instanceof Class<?> type) {
            return byClass.get(type);
        }
        Converter converter = byType.get(target);
        if (converter == null) {
            // Not computeIfAbsent: planning a type plans its element types through this map.
            converter = factory.build(target);
            Converter raced = byType.putIfAbsent(target, converter);
            if (raced != null) {
                converter = raced;
            }
        }
        return converter;
    }
}
