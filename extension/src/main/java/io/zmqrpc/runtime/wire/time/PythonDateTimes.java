package io.zmqrpc.runtime.wire.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Translates java.time values to and from the msgpack extension values aiozmq 1.0 uses for Python's
 * {@code datetime} family, whose payload is {@code pickle.dumps(obj, protocol=5)}.
 *
 * <table>
 * <caption>Mapping</caption>
 * <tr><th>ext code</th><th>Python</th><th>Java packed</th><th>Java unpacked</th></tr>
 * <tr><td>123</td><td>{@code timezone}</td><td>{@link ZoneOffset}</td><td>{@link ZoneOffset}</td></tr>
 * <tr><td>124</td><td>{@code timedelta}</td><td>{@link Duration}</td><td>{@link Duration}</td></tr>
 * <tr><td>125</td><td>{@code time}</td><td>{@link LocalTime}, {@link OffsetTime}</td>
 *     <td>{@link LocalTime} if naive, else {@link OffsetTime}</td></tr>
 * <tr><td>126</td><td>{@code datetime}</td><td>{@link LocalDateTime}, {@link OffsetDateTime},
 *     {@link ZonedDateTime}, {@link Instant} (at UTC)</td>
 *     <td>{@link LocalDateTime} if naive, else {@link OffsetDateTime}</td></tr>
 * <tr><td>127</td><td>{@code date}</td><td>{@link LocalDate}</td><td>{@link LocalDate}</td></tr>
 * </table>
 *
 * <p>Python keeps microseconds: nanoseconds below a microsecond are truncated when packing (toward
 * zero for a {@link Duration}, as {@code Duration.truncatedTo(MICROS)} does). Offsets travel as
 * {@code datetime.timezone(timedelta(...))}, UTC exactly as Python pickles {@code timezone.utc}; a
 * {@link ZonedDateTime} with a named zone (e.g. {@code Europe/Paris}) is sent with its offset at that
 * instant, since Python's {@code timezone} carries no rules. On unpacking, the name of a
 * {@code timezone(offset, name)} and the {@code fold} bit are dropped, as java.time has neither.
 * Years must lie within Python's 1..9999 and durations within {@code timedelta}'s ±999999999 days.
 *
 * <p>Unpacking never runs a pickle: it recognizes only the shapes CPython writes for these five
 * classes, with globals from the {@code datetime} module and the class the ext code announces,
 * and rejects anything else with an {@link IllegalArgumentException} saying what was wrong.
 */
public final class PythonDateTimes {

    /**
     * Returns the ext code (123..127) for a java.time value this class packs, or -1 if the value is
     * not one of them (including {@code null} and region {@link java.time.ZoneId}s).
     *
     * @param value any value about to be sent
     * @return the ext code to send {@link #pack(Object)}'s payload under, or -1
     */
    public static int codeFor(Object value) {
        if (value instanceof ZoneOffset) {
            return PythonClass.TIMEZONE.extCode;
        }
        if (value instanceof Duration) {
            return PythonClass.TIMEDELTA.extCode;
        }
        if (value instanceof LocalTime || value instanceof OffsetTime) {
            return PythonClass.TIME.extCode;
        }
        if (value instanceof LocalDateTime || value instanceof OffsetDateTime
                || value instanceof ZonedDateTime || value instanceof Instant) {
            return PythonClass.DATETIME.extCode;
        }
        if (value instanceof LocalDate) {
            return PythonClass.DATE.extCode;
        }
        return -1;
    }

    /**
     * Returns the pickle payload exactly as aiozmq 1.0 (Python 3.11, pickle protocol 5) produces it
     * for the equivalent Python object, to be sent under {@link #codeFor(Object)}.
     *
     * @param value a value whose {@link #codeFor(Object)} is not -1
     * @return the pickle bytes, at most a few dozen
     *
     * @throws IllegalArgumentException if the value is not supported ({@code codeFor} is -1) or lies
     *     outside the Python type's range
     */
    public static byte[] pack(Object value) {
        return DateTimeEncoder.encode(value);
    }

    /**
     * Reads a payload received under ext code 123..127 as the java.time value of the table above.
     *
     * @param code the ext code the payload arrived under
     * @param payload the ext value's bytes
     * @return a {@link LocalDate}, {@link LocalDateTime}, {@link OffsetDateTime}, {@link LocalTime},
     *     {@link OffsetTime}, {@link Duration} or {@link ZoneOffset}
     *
     * @throws IllegalArgumentException if the code is not 123..127 or the payload is not exactly
     *     what CPython pickles for that code's class, with a message saying what was found
     */
    public static Object unpack(int code, byte[] payload) {
        return DateTimeDecoder.decode(code, payload);
    }

    private PythonDateTimes() {
    }
}
