package io.zmqrpc.runtime.wire.time;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;

import static io.zmqrpc.runtime.wire.time.Opcodes.TUPLE1;
import static io.zmqrpc.runtime.wire.time.PickleReader.invalid;

/**
 * Recognizes the one program shape CPython writes for each class and builds the java.time value.
 * Each method consumes one {@code datetime.<class>(args)} call: the global, the arguments, the
 * tuple and REDUCE. The only nesting is datetime/time → timezone → timedelta, so the depth is
 * fixed by this grammar and no stack is needed.
 */
final class DateTimeDecoder {
    /** Python's timedelta bound, also the largest day count its pickles carry. */
    static final int MAX_DAYS = 999_999_999;
    private static final int SECONDS_PER_DAY = 86_400;

    private final PickleReader reader;

    private DateTimeDecoder(PickleReader reader) {
        this.reader = reader;
    }

    static Object decode(int code, byte[] payload) {
        PythonClass expected = PythonClass.forCode(code);
        DateTimeDecoder decoder = new DateTimeDecoder(new PickleReader(payload));
        decoder.reader.header();
        Object value = decoder.value(expected);
        decoder.reader.end();
        return value;
    }

    private Object value(PythonClass expected) {
        switch (expected) {
            case DATE:
                global(PythonClass.DATE);
                return call(StateBytes.date(reader.bytes()), 1);
            case DATETIME:
                return dateTime();
            case TIME:
                return time();
            case TIMEDELTA:
                return timedelta();
            default:
                return timezone();
        }
    }

    private Object dateTime() {
        global(PythonClass.DATETIME);
        LocalDateTime local = StateBytes.dateTime(reader.bytes());
        ZoneOffset offset = optionalTimezone();
        return call(offset == null ? local : OffsetDateTime.of(local, offset), offset == null ? 1 : 2);
    }

    private Object time() {
        global(PythonClass.TIME);
        LocalTime local = StateBytes.time(reader.bytes());
        ZoneOffset offset = optionalTimezone();
        return call(offset == null ? local : OffsetTime.of(local, offset), offset == null ? 1 : 2);
    }

    /** A naive value's argument tuple ends after the state; an aware one's continues with a tzinfo. */
    private ZoneOffset optionalTimezone() {
        return reader.peek() == TUPLE1 ? null : timezone();
    }

    /** {@code timezone(offset)} or {@code timezone(offset, name)}: the name is read and dropped. */
    private ZoneOffset timezone() {
        global(PythonClass.TIMEZONE);
        Duration offset = timedelta();
        int arguments = 1;
        if (reader.peek() != TUPLE1) {
            reader.string();
            arguments = 2;
        }
        return call(zoneOffset(offset), arguments);
    }

    private Duration timedelta() {
        global(PythonClass.TIMEDELTA);
        int days = reader.integer();
        int seconds = reader.integer();
        int micros = reader.integer();
        // CPython always pickles the normalized form, so anything else did not come from it.
        if (Math.abs(days) > MAX_DAYS || seconds < 0 || seconds >= SECONDS_PER_DAY || micros < 0 || micros > 999_999) {
            throw invalid("timedelta(" + days + ", " + seconds + ", " + micros + ") is not normalized");
        }
        return call(Duration.ofSeconds((long) days * SECONDS_PER_DAY + seconds, micros * 1000L), 3);
    }

    /** Python allows offsets up to ±24h with microseconds; ZoneOffset only whole seconds up to ±18h. */
    private static ZoneOffset zoneOffset(Duration offset) {
        long seconds = offset.getSeconds();
        if (offset.getNano() != 0 || Math.abs(seconds) > ZoneOffset.MAX.getTotalSeconds()) {
            throw invalid("timezone offset " + offset + " is not representable as a ZoneOffset"
                    + " (whole seconds within ±18:00)");
        }
        return ZoneOffset.ofTotalSeconds((int) seconds);
    }

    private void global(PythonClass expected) {
        String module = reader.string();
        String name = reader.string();
        reader.stackGlobal();
        PythonClass actual = PythonClass.forGlobal(module, name);
        if (actual == null) {
            throw invalid("unexpected global " + module + "." + name);
        }
        if (actual != expected) {
            throw invalid("expected " + expected + " but found " + actual);
        }
    }

    /** Closes a call: its argument tuple and REDUCE. */
    private <T> T call(T result, int arguments) {
        reader.tuple(arguments);
        reader.reduce();
        return result;
    }
}
