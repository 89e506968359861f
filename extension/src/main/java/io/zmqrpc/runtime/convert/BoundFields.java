package io.zmqrpc.runtime.convert;

import java.lang.reflect.Type;
import java.util.Map;

/**
 * The named, typed fields a record or bean binds from a map, and the rules both follow: keys must
 * be str; a missing key converts like nil (null, an empty optional) except that a primitive field
 * needs a value; keys naming no field are never looked at.
 */
final class BoundFields {

    private final Type target;
    private final String[] names;
    private final Type[] types;
    private final Converter[] converters;
    private final boolean[] primitive;

    BoundFields(Type target, int size) {
        this.target = target;
        this.names = new String[size];
        this.types = new Type[size];
        this.converters = new Converter[size];
        this.primitive = new boolean[size];
    }

    /** Declares field {@code i}; its converter is looked up on first use (types may nest themselves). */
    void define(int i, String name, Type type, boolean isPrimitive, TypeConverter owner) {
        names[i] = name;
        types[i] = type;
        converters[i] = new LazyConverter(owner, type);
        primitive[i] = isPrimitive;
    }

    int size() {
        return names.length;
    }

    String name(int i) {
        return names[i];
    }

    /** The value as a map whose keys are all field names (str); anything else does not bind. */
    Map<?, ?> require(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw ConversionException.cannotConvert(value, target);
        }
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw ConversionException.cannotConvert(value, target,
                        "key " + Values.describe(key) + " is not a field name");
            }
        }
        return map;
    }

    /** Field {@code i} of the map, converted to its type; failures name the field in their path. */
    Object convert(Map<?, ?> fields, int i) {
        Object field = fields.get(names[i]);
        if (field == null && primitive[i] && !fields.containsKey(names[i])) {
            throw new ConversionException("missing value for " + Types.name(types[i]), null, null).under(names[i]);
        }
        try {
            return converters[i].convert(field);
        } catch (ConversionException e) {
            throw e.under(names[i]);
        }
    }

    /** A constructor or setter of the user's class threw: report it with its own message, clipped. */
    ConversionException userFailure(String action, Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return new ConversionException("cannot " + action + " " + Types.name(target),
                failure.getClass().getSimpleName() + ": " + Values.clip(failure.getMessage(), 2 * Values.MAX_TEXT),
                failure);
    }
}
