package io.zmqrpc.runtime.convert;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/** TEMPORARY stub, replaced by the convert branch. */
public final class TypeConverter {
    private static final TypeConverter SHARED = new TypeConverter();

    public static TypeConverter shared() {
        return SHARED;
    }

    public Object convert(Object value, Type target) {
        Class<?> raw = target instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) target;
        if (value == null) {
            if (raw.isPrimitive()) {
                throw new ConversionException("cannot convert nil to " + raw, "");
            }
            return null;
        }
        if (raw == int.class || raw == Integer.class) {
            if (value instanceof Long l && l == l.intValue()) {
                return l.intValue();
            }
            throw new ConversionException("cannot convert " + value + " to int", "");
        }
        if (raw == long.class || raw == Long.class) {
            if (value instanceof Long l) {
                return l;
            }
            throw new ConversionException("cannot convert " + value + " to long", "");
        }
        if (raw == double.class || raw == Double.class) {
            if (value instanceof Number n) {
                return n.doubleValue();
            }
        }
        if (raw == boolean.class) {
            return value;
        }
        if (raw.isInstance(value)) {
            return value;
        }
        throw new ConversionException("cannot convert " + value.getClass().getSimpleName() + " to " + raw.getName(), "");
    }
}
