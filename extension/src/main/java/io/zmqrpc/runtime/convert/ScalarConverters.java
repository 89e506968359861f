package io.zmqrpc.runtime.convert;

/**
 * Booleans, characters, str and bin (numbers are in {@link NumberConverters}). Instances of the
 * target class never reach these converters (see {@link GuardedConverter}), so each handles only
 * the values that need work or an explanation.
 */
final class ScalarConverters {

    private ScalarConverters() {
    }

    /** The converter for such a target, or null when {@code type} is not one. */
    static Converter forClass(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return value -> {
                if (value instanceof Boolean) {
                    return value;
                }
                throw ConversionException.cannotConvert(value, type);
            };
        }
        if (type == char.class || type == Character.class) {
            return value -> {
                if (value instanceof String s && s.length() == 1) {
                    return s.charAt(0);
                }
                if (value instanceof Character) {
                    return value;
                }
                throw ConversionException.cannotConvert(value, type,
                        value instanceof String ? "not exactly one character" : null);
            };
        }
        if (type == String.class) {
            // str and bin stay apart: bytes are not text in Python 3 and must not be here either.
            return value -> {
                throw ConversionException.cannotConvert(value, type,
                        value instanceof byte[] ? "bin is not text, declare byte[]" : null);
            };
        }
        if (type == byte[].class) {
            return value -> {
                throw ConversionException.cannotConvert(value, type,
                        value instanceof String ? "str is not bin, declare String" : null);
            };
        }
        return null;
    }
}
