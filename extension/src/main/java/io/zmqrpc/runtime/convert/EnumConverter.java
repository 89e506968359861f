package io.zmqrpc.runtime.convert;

import java.util.HashMap;
import java.util.Map;

/**
 * An enum constant from its exact {@code name()}, as Python sends {@code Color.RED.name}. An
 * unknown name is an error that names only the received text and the enum, not the constants.
 */
final class EnumConverter implements Converter {

    private final Class<?> type;
    private final Map<String, Object> byName = new HashMap<>();

    EnumConverter(Class<?> type) {
        this.type = type;
        for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
        }
    }

    @Override
    public Object convert(Object value) {
        if (value instanceof String name) {
            Object constant = byName.get(name);
            if (constant != null) {
                return constant;
            }
            throw ConversionException.cannotConvert(value, type, "no such constant");
        }
        throw ConversionException.cannotConvert(value, type);
    }
}
