package io.zmqrpc.runtime.convert;

import io.zmqrpc.ExtValue;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.Map;

/** Short descriptions of decoded values for error messages, in msgpack terms the peer knows. */
final class Values {

    /** Long enough to recognise a value, short enough that a huge one cannot flood a log. */
    static final int MAX_TEXT = 40;

    private Values() {
    }

    static String describe(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof Boolean) {
            return "bool " + value;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            return "int " + value;
        }
        if (value instanceof Double || value instanceof Float) {
            return "float " + value;
        }
        if (value instanceof String s) {
            return "str " + quote(s);
        }
        if (value instanceof byte[] bytes) {
            return "bin (" + count(bytes.length, "byte") + ")";
        }
        if (value instanceof List<?> list) {
            return "array (" + count(list.size(), "item") + ")";
        }
        if (value instanceof Map<?, ?> map) {
            return "map (" + count(map.size(), "entry") + ")";
        }
        if (value instanceof ExtValue ext) {
            return "ext " + ext.code() + " (" + count(ext.data().length, "byte") + ")";
        }
        if (value.getClass().getName().startsWith("java.time.")
                && (value instanceof TemporalAccessor || value instanceof TemporalAmount)) {
            // java.time texts are short and say exactly which value it was.
            return Types.name(value.getClass()) + " " + value;
        }
        // Other objects: the class only; their toString may be long or private.
        return Types.name(value.getClass());
    }

    private static String count(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    /** A map key as it reads in a path: {@code "name"} for str, {@code 42} for int, else its kind. */
    static String literal(Object key) {
        if (key instanceof String s) {
            return quote(s);
        }
        if (key instanceof Number || key instanceof Boolean) {
            return String.valueOf(key);
        }
        return describe(key);
    }

    /** Text from elsewhere (an exception message), cut to a bounded length. */
    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "...";
    }

    /** A str as a quoted, escaped literal, cut after {@link #MAX_TEXT} characters. */
    static String quote(String text) {
        int end = Math.min(text.length(), MAX_TEXT);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 8).append('"');
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        if (end < text.length()) {
            out.append("...");
        }
        return out.toString();
    }
}
