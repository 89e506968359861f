package io.zmqrpc.runtime.wire.time;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** Writes java.time values as the pickle calls CPython writes for the equivalent datetime objects. */
final class DateTimeEncoder {
    private static final int SECONDS_PER_DAY = 86_400;

    private final PickleWriter writer = new PickleWriter();

    static byte[] encode(Object value) {
        DateTimeEncoder encoder = new DateTimeEncoder();
        encoder.value(value);
        return encoder.writer.finish();
    }

    private void value(Object value) {
        if (value instanceof LocalDate) {
            writer.global(PythonClass.DATE).bytes(StateBytes.date((LocalDate) value)).tuple(1).reduce();
        } else if (value instanceof LocalDateTime) {
            dateTime((LocalDateTime) value, null);
        } else if (value instanceof OffsetDateTime) {
            OffsetDateTime dateTime = (OffsetDateTime) value;
            dateTime(dateTime.toLocalDateTime(), dateTime.getOffset());
        } else if (value instanceof ZonedDateTime) {
            value(((ZonedDateTime) value).toOffsetDateTime());
        } else if (value instanceof Instant) {
            value(utc((Instant) value));
        } else if (value instanceof LocalTime) {
            time((LocalTime) value, null);
        } else if (value instanceof OffsetTime) {
            OffsetTime time = (OffsetTime) value;
            time(time.toLocalTime(), time.getOffset());
        } else if (value instanceof Duration) {
            timedelta((Duration) value);
        } else if (value instanceof ZoneOffset) {
            timezone((ZoneOffset) value);
        } else {
            throw new IllegalArgumentException("not a java.time value with a Python datetime equivalent: "
                    + (value == null ? "null" : value.getClass().getName()));
        }
    }

    /** Instants reach past LocalDateTime's years; those are beyond Python's 1..9999 anyway. */
    private static OffsetDateTime utc(Instant instant) {
        try {
            return instant.atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("instant " + instant + " is outside Python's datetime range", e);
        }
    }

    private void dateTime(LocalDateTime local, ZoneOffset offset) {
        writer.global(PythonClass.DATETIME).bytes(StateBytes.dateTime(local));
        closeWithOptionalTimezone(offset);
    }

    private void time(LocalTime local, ZoneOffset offset) {
        writer.global(PythonClass.TIME).bytes(StateBytes.time(local));
        closeWithOptionalTimezone(offset);
    }

    private void closeWithOptionalTimezone(ZoneOffset offset) {
        if (offset == null) {
            writer.tuple(1).reduce();
        } else {
            timezone(offset);
            writer.tuple(2).reduce();
        }
    }

    /** timezone.utc pickles like any other offset: {@code timezone(timedelta(0))}, never with a name. */
    private void timezone(ZoneOffset offset) {
        writer.global(PythonClass.TIMEZONE);
        timedelta(Duration.ofSeconds(offset.getTotalSeconds()));
        writer.tuple(1).reduce();
    }

    /**
     * Normalizes as Python does (days may be negative; 0 <= seconds < 86400; 0 <= microseconds <
     * 10^6), which is exactly floor division of Duration's own floor-seconds-plus-nanos form.
     */
    private void timedelta(Duration duration) {
        Duration micros = duration.truncatedTo(ChronoUnit.MICROS);
        long days = Math.floorDiv(micros.getSeconds(), SECONDS_PER_DAY);
        if (Math.abs(days) > DateTimeDecoder.MAX_DAYS) {
            throw new IllegalArgumentException("duration " + duration + " is outside Python's timedelta range");
        }
        writer.global(PythonClass.TIMEDELTA)
                .integer((int) days)
                .integer(Math.floorMod(micros.getSeconds(), SECONDS_PER_DAY))
                .integer(micros.getNano() / 1000)
                .tuple(3)
                .reduce();
    }
}
