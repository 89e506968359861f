package io.zmqrpc.runtime.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Python 3's {@code repr()} of the values an exception carries, so that a Python peer reading the
 * repr of a Java exception, or an aiozmq error message zmqrpc writes, sees what Python itself would
 * write: {@code ValueError('bad', 42)}, {@code "missing a required argument: 'name'"}. Strings are
 * read by code point, as Python's are: an astral character is one character, a lone surrogate (which
 * a Java string can hold, and a Python str too) is escaped.
 * Public for the command line, which shows a remote error's args as Python shows them.
 */
public final class PythonRepr {

    private PythonRepr() {
    }

    /**
     * {@code BaseException.__repr__}: {@code ValueError('bad', 42)}, {@code ValueError()}.
     *
     * @param shortName the exception's {@code type(e).__name__}
     * @param args its args
     * @return the repr
     */
    public static String exception(String shortName, List<?> args) {
        StringJoiner joined = new StringJoiner(", ", shortName + "(", ")");
        args.forEach(arg -> joined.add(value(arg)));
        return joined.toString();
    }

    /**
     * Python's {@code repr()} of a tuple: {@code ()}, {@code ('bad value',)}, {@code ('a', 42)}.
     *
     * @param items the tuple's items, decoded msgpack values
     * @return the repr
     */
    public static String tuple(List<?> items) {
        StringJoiner joined = new StringJoiner(", ", "(", items.size() == 1 ? ",)" : ")");
        items.forEach(item -> joined.add(value(item)));
        return joined.toString();
    }

    /**
     * The repr of one decoded or Java value: {@code None}, {@code True}, ints, floats as Python
     * writes them, str, bytes, dicts, collections and arrays as lists; other objects by
     * {@code toString()}.
     *
     * @param value the value, may be null
     * @return its repr
     */
    public static String value(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Float || value instanceof Double) {
            // a msgpack float32 reaches Python as the double of the same value
            return floatRepr(((Number) value).doubleValue());
        }
        if (value instanceof CharSequence text) {
            return string(text.toString());
        }
        if (value instanceof byte[] bytes) {
            return bytes(bytes);
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner joined = new StringJoiner(", ", "{", "}");
            map.forEach((k, v) -> joined.add(value(k) + ": " + value(v)));
            return joined.toString();
        }
        // Collection, not Iterable: a Path iterates over Paths, forever
        if (value instanceof Collection<?> items) {
            return sequence(items.iterator());
        }
        if (value instanceof Object[] items) {
            return sequence(List.of(items).iterator());
        }
        return value.toString();
    }

    /**
     * {@code str.__repr__}: single quotes unless the text has a single quote and no double one; the
     * quote and backslash escaped; {@code \t \n \r}; other ASCII controls and DEL as
     * {@code \xNN}; non-ASCII code points kept when {@code str.isprintable} holds for them, else as
     * <code>&#92;xNN</code>, <code>&#92;uNNNN</code> or <code>&#92;UNNNNNNNN</code>.
     *
     * @param text the text
     * @return its repr
     */
    public static String string(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        text.codePoints().forEach(cp -> appendCodePoint(out, cp, quote));
        return out.append(quote).toString();
    }

    /**
     * {@code bytes.__repr__}: printable ASCII as is, the quote and backslash escaped,
     * {@code \t \n \r}, everything else as {@code \xNN}.
     *
     * @param bytes the bytes
     * @return its repr
     */
    public static String bytes(byte[] bytes) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : bytes) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 0x7f) {
                hex(out, "\\x", c, 2);
            } else {
                appendCodePoint(out, c, quote);
            }
        }
        return out.append(quote).toString();
    }

    /** Python's shortest round-trip float repr, with its switch to exponent form. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        if (d == 0) {
            return sign + "0.0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        // value = 0.<digits> * 10^point, as in CPython's float_repr_style 'short'
        int point = digits.length() - exact.scale();
        if (point > -4 && point <= 16) {
            return sign + fixed(digits, point);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int exponent = point - 1;
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }

    private static String fixed(String digits, int point) {
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return digits + "0".repeat(point - digits.length()) + ".0";
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }

    private static String sequence(Iterator<?> items) {
        StringJoiner joined = new StringJoiner(", ", "[", "]");
        items.forEachRemaining(item -> joined.add(value(item)));
        return joined.toString();
    }

    private static void appendCodePoint(StringBuilder out, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            out.append('\\').appendCodePoint(cp);
        } else if (cp == '\t') {
            out.append("\\t");
        } else if (cp == '\n') {
            out.append("\\n");
        } else if (cp == '\r') {
            out.append("\\r");
        } else if (cp < ' ' || cp == 0x7f) {
            hex(out, "\\x", cp, 2);
        } else if (cp < 0x7f || isPrintable(cp)) {
            out.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            hex(out, "\\x", cp, 2);
        } else if (cp <= 0xffff) {
            hex(out, "\\u", cp, 4);
        } else {
            hex(out, "\\U", cp, 8);
        }
    }

    /** Python's {@code str.isprintable} for one non-ASCII code point. */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private static void hex(StringBuilder out, String prefix, int value, int width) {
        String digits = Integer.toHexString(value);
        out.append(prefix).append("0".repeat(width - digits.length())).append(digits);
    }
}
