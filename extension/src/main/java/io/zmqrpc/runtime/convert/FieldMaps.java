package io.zmqrpc.runtime.convert;

import java.lang.reflect.Type;
import java.util.Map;

/** What record and bean binding share: the map of fields they bind from, and user failures. */
final class FieldMaps {

    private FieldMaps() {
    }

    /** The value as a map whose keys are all field names (str); anything else does not bind. */
    static Map<?, ?> require(Object value, Type target) {
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

    static ConversionException missing(Type type) {
        return new ConversionException("missing value for " + Types.name(type), null, null);
    }

    /** A constructor or setter of the user's class threw: report it, with its own message clipped. */
    static ConversionException userFailure(String action, Type target, Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return new ConversionException("cannot " + action + " " + Types.name(target),
                failure.getClass().getSimpleName() + ": " + Values.clip(failure.getMessage(), 2 * Values.MAX_TEXT),
                failure);
    }
}
