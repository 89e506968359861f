package io.zmqrpc.runtime.convert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * {@code java.time} targets. The decoder already gives the types of aiozmq's datetime ext codes;
 * the only conversions are from an aware datetime ({@code OffsetDateTime}) to the other aware
 * forms. A naive datetime never becomes an instant: which instant it means depends on a time zone
 * the peer did not send.
 */
final class TimeConverters {

    private static final Set<Class<?>> DECODED = Set.of(LocalDate.class, LocalDateTime.class,
            LocalTime.class, OffsetTime.class, Duration.class,
            ZoneOffset.class, OffsetDateTime.class);

    private static final String NAIVE = "a naive datetime has no instant, send an aware one (with tzinfo)";

    private TimeConverters() {
    }

    /** The converter for a {@code java.time} target, or null when {@code type} is not one. */
    static Converter forClass(Class<?> type) {
        if (DECODED.contains(type)) {
            // Instances pass before this; anything else is the wrong kind of value.
            return value -> {
                throw ConversionException.cannotConvert(value, type);
            };
        }
        if (type == ZonedDateTime.class) {
            return value -> {
                if (value instanceof OffsetDateTime aware) {
                    return aware.toZonedDateTime();
                }
                throw ConversionException.cannotConvert(value, type, value instanceof LocalDateTime ? NAIVE : null);
            };
        }
        if (type == Instant.class) {
            return value -> {
                if (value instanceof OffsetDateTime aware) {
                    return aware.toInstant();
                }
                throw ConversionException.cannotConvert(value, type, value instanceof LocalDateTime ? NAIVE : null);
            };
        }
        return null;
    }
}
