package io.zmqrpc.runtime.convert;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.DoubleFunction;
import java.util.function.LongFunction;

/**
 * Numbers, which convert only when no information is lost: an int out of the target's range, or
 * one a float cannot hold exactly, is an error rather than a silently different number; a float is
 * never an int. The decoder gives Long (BigInteger above Long.MAX_VALUE) and Double; Java callers
 * may also pass Integer, Short, Byte or Float.
 */
final class NumberConverters {

    private NumberConverters() {
    }

    /** The converter for a numeric target, or null when {@code type} is not one. */
    static Converter forClass(Class<?> type) {
        if (type == byte.class || type == Byte.class) {
            return integral(type, Byte.MIN_VALUE, Byte.MAX_VALUE, l -> (byte) l);
        }
        if (type == short.class || type == Short.class) {
            return integral(type, Short.MIN_VALUE, Short.MAX_VALUE, l -> (short) l);
        }
        if (type == int.class || type == Integer.class) {
            return integral(type, Integer.MIN_VALUE, Integer.MAX_VALUE, l -> (int) l);
        }
        if (type == long.class || type == Long.class) {
            return integral(type, Long.MIN_VALUE, Long.MAX_VALUE, l -> l);
        }
        if (type == float.class || type == Float.class) {
            return floating(type, true, d -> (float) d);
        }
        if (type == double.class || type == Double.class) {
            return floating(type, false, d -> d);
        }
        if (type == OptionalInt.class) {
            return integral(type, Integer.MIN_VALUE, Integer.MAX_VALUE, l -> OptionalInt.of((int) l));
        }
        if (type == OptionalLong.class) {
            return integral(type, Long.MIN_VALUE, Long.MAX_VALUE, OptionalLong::of);
        }
        if (type == OptionalDouble.class) {
            return floating(type, false, OptionalDouble::of);
        }
        if (type == BigInteger.class) {
            return value -> {
                if (isSmallInteger(value)) {
                    return BigInteger.valueOf(((Number) value).longValue());
                }
                throw ConversionException.cannotConvert(value, type);
            };
        }
        if (type == BigDecimal.class) {
            return NumberConverters::toBigDecimal;
        }
        return null;
    }

    private static boolean isSmallInteger(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    private static Converter integral(Type type, long min, long max, LongFunction<Object> box) {
        String range = "out of range " + min + ".." + max;
        return value -> {
            long number;
            if (isSmallInteger(value)) {
                number = ((Number) value).longValue();
            } else if (value instanceof BigInteger big) {
                if (big.bitLength() > 63) {
                    throw ConversionException.cannotConvert(value, type, range);
                }
                number = big.longValue();
            } else {
                throw ConversionException.cannotConvert(value, type);
            }
            if (number < min || number > max) {
                throw ConversionException.cannotConvert(value, type, range);
            }
            return box.apply(number);
        };
    }

    private static Converter floating(Type type, boolean single, DoubleFunction<Object> box) {
        return value -> {
            if (value instanceof Double || value instanceof Float) {
                double number = ((Number) value).doubleValue();
                // Rounding to the nearest float is what a float parameter asks for; infinity is not.
                if (single && Double.isFinite(number) && Math.abs(number) > Float.MAX_VALUE) {
                    throw ConversionException.cannotConvert(value, type, "out of float range");
                }
                return box.apply(number);
            }
            if (isSmallInteger(value) || value instanceof BigInteger) {
                BigInteger exact = value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
                double number = single ? exact.floatValue() : exact.doubleValue();
                if (!isExactly(number, exact)) {
                    throw ConversionException.cannotConvert(value, type, "not exactly representable");
                }
                return box.apply(number);
            }
            throw ConversionException.cannotConvert(value, type);
        };
    }

    private static boolean isExactly(double number, BigInteger exact) {
        if (Double.isInfinite(number)) {
            return false;
        }
        // Rounding an integer gives an integral double, so comparing integers is exact. The cheap
        // path stays well below 2^63, where (long) of a rounded-up double would saturate.
        if (exact.bitLength() < 63) {
            return (long) number == exact.longValue();
        }
        return new BigDecimal(number).toBigInteger().equals(exact);
    }

    private static Object toBigDecimal(Object value) {
        if (isSmallInteger(value)) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw ConversionException.cannotConvert(value, BigDecimal.class, "not a finite number");
            }
            // The shortest decimal that reads back as this number: 0.1 stays 0.1.
            return value instanceof Float f ? new BigDecimal(f.toString()) : BigDecimal.valueOf(number);
        }
        if (value instanceof String text) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw ConversionException.cannotConvert(value, BigDecimal.class, "not a decimal number");
            }
        }
        throw ConversionException.cannotConvert(value, BigDecimal.class);
    }
}
