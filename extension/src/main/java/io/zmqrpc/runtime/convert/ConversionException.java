package io.zmqrpc.runtime.convert;

import java.lang.reflect.Type;

/**
 * A decoded value does not convert to the Java type that was asked for. The message names what was
 * received (as a msgpack kind: str, bin, int, float, bool, nil, array, map, ext, or a Java class),
 * the expected type and, when the mismatch is nested, the path to it:
 * {@code cannot convert str "abc" to int at items[2].qty}.
 *
 * <p>The path is built while the conversion unwinds, innermost segment first; callers add their own
 * outer segments (a parameter name, say) with {@link #under(String)}.
 */
public class ConversionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What did not convert to what: {@code cannot convert str "abc" to int}. */
    private final String problem;
    /** Where, outermost segment first; empty for the value itself. */
    private final String path;
    /** Why, when the kinds alone do not say (out of range...); may be null. */
    private final String detail;

    ConversionException(String problem, String detail, Throwable cause) {
        this(problem, "", detail, cause);
    }

    private ConversionException(String problem, String path, String detail, Throwable cause) {
        super(problem, cause);
        this.problem = problem;
        this.path = path;
        this.detail = detail;
    }

    /** {@code cannot convert <what value is> to <target>}, optionally with a reason and a cause. */
    static ConversionException cannotConvert(Object value, Type target, String detail, Throwable cause) {
        return new ConversionException(
                "cannot convert " + Values.describe(value) + " to " + Types.name(target), detail, cause);
    }

    static ConversionException cannotConvert(Object value, Type target, String detail) {
        return cannotConvert(value, target, detail, null);
    }

    static ConversionException cannotConvert(Object value, Type target) {
        return cannotConvert(value, target, null);
    }

    /**
     * Where in the converted value the mismatch is: {@code items[2].qty}, {@code [0]},
     * {@code counts["a"]}; empty when the value itself did not convert.
     *
     * @return the path, never null
     */
    public String path() {
        return path;
    }

    /**
     * Returns this failure as seen from one level further out. Segments that start with {@code [}
     * (indexes and map keys) attach directly, names are separated by a dot:
     * {@code under("qty")}, then {@code under("[2]")}, then {@code under("items")} give
     * {@code items[2].qty}.
     *
     * @param segment the outer segment, such as a parameter, component or property name
     * @return a new exception with the longer path, the same cause and stack trace
     */
    public ConversionException under(String segment) {
        String joined;
        if (path.isEmpty()) {
            joined = segment;
        } else if (path.startsWith("[")) {
            joined = segment + path;
        } else {
            joined = segment + "." + path;
        }
        ConversionException outer = new ConversionException(problem, joined, detail, getCause());
        outer.setStackTrace(getStackTrace());
        return outer;
    }

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(problem);
        if (!path.isEmpty()) {
            message.append(" at ").append(path);
        }
        if (detail != null) {
            message.append(": ").append(detail);
        }
        return message.toString();
    }
}
