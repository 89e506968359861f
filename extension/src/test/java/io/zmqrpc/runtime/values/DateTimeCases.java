package io.zmqrpc.runtime.values;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Python's datetime family as the interop tests send it both ways: a Python expression, the
 * java.time value it is on the Java side, and what Python's {@code type()} and {@code repr()} say
 * (taken from CPython 3.11).
 */
final class DateTimeCases {

    /**
     * One value.
     *
     * @param python the Python expression
     * @param java the equal java.time value, exactly as Java decodes it
     * @param pythonType {@code module.qualname} of the Python class
     * @param pythonRepr {@code repr()} of the Python value
     */
    record Case(String python, Object java, String pythonType, String pythonRepr) {
        String javaDescription() {
            return java.getClass().getName() + " " + java;
        }
    }

    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    private static final ZoneOffset PST = ZoneOffset.ofHours(-8);
    private static final String PST_REPR = "datetime.timezone(datetime.timedelta(days=-1, seconds=57600))";
    private static final String IST_REPR = "datetime.timezone(datetime.timedelta(seconds=19800))";

    static final List<Case> ALL = List.of(
            // naive datetimes, before 1970 and at the range's ends, microsecond edges
            dt("datetime(2024, 2, 29, 13, 45, 30, 123456)", LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000),
                    "datetime.datetime(2024, 2, 29, 13, 45, 30, 123456)"),
            dt("datetime(1900, 1, 1, 0, 0)", LocalDateTime.of(1900, 1, 1, 0, 0), "datetime.datetime(1900, 1, 1, 0, 0)"),
            dt("datetime(1, 1, 1, 0, 0, 0, 1)", LocalDateTime.of(1, 1, 1, 0, 0, 0, 1000),
                    "datetime.datetime(1, 1, 1, 0, 0, 0, 1)"),
            dt("datetime(9999, 12, 31, 23, 59, 59, 999999)", LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                    "datetime.datetime(9999, 12, 31, 23, 59, 59, 999999)"),
            // aware datetimes: UTC and fixed offsets either side
            dt("datetime(2024, 2, 29, 13, 45, 30, 123456, tzinfo=timezone.utc)",
                    OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000, ZoneOffset.UTC),
                    "datetime.datetime(2024, 2, 29, 13, 45, 30, 123456, tzinfo=datetime.timezone.utc)"),
            dt("datetime(2024, 2, 29, 13, 45, 30, 1, tzinfo=timezone(timedelta(hours=5, minutes=30)))",
                    OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 1000, IST),
                    "datetime.datetime(2024, 2, 29, 13, 45, 30, 1, tzinfo=" + IST_REPR + ")"),
            dt("datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-8)))",
                    OffsetDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000, PST),
                    "datetime.datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=" + PST_REPR + ")"),
            dt("datetime(1900, 1, 1, tzinfo=timezone(timedelta(hours=-8)))", OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, PST),
                    "datetime.datetime(1900, 1, 1, 0, 0, tzinfo=" + PST_REPR + ")"),
            dt("datetime(1, 1, 1, tzinfo=timezone.utc)", OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                    "datetime.datetime(1, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)"),
            // dates
            new Case("date(1900, 1, 1)", LocalDate.of(1900, 1, 1), "datetime.date", "datetime.date(1900, 1, 1)"),
            new Case("date(1, 1, 1)", LocalDate.of(1, 1, 1), "datetime.date", "datetime.date(1, 1, 1)"),
            new Case("date(9999, 12, 31)", LocalDate.of(9999, 12, 31), "datetime.date", "datetime.date(9999, 12, 31)"),
            // times, naive and aware
            time("time(0, 0)", LocalTime.MIDNIGHT, "datetime.time(0, 0)"),
            time("time(23, 59, 59, 999999)", LocalTime.of(23, 59, 59, 999_999_000), "datetime.time(23, 59, 59, 999999)"),
            time("time(12, 30, 0, 1, tzinfo=timezone(timedelta(hours=-8)))", OffsetTime.of(12, 30, 0, 1000, PST),
                    "datetime.time(12, 30, 0, 1, tzinfo=" + PST_REPR + ")"),
            time("time(6, 0, tzinfo=timezone.utc)", OffsetTime.of(6, 0, 0, 0, ZoneOffset.UTC),
                    "datetime.time(6, 0, tzinfo=datetime.timezone.utc)"),
            // timedeltas: zero, negative, days, microseconds, the range's ends
            td("timedelta(0)", Duration.ZERO, "datetime.timedelta(0)"),
            td("timedelta(days=-1)", Duration.ofDays(-1), "datetime.timedelta(days=-1)"),
            td("timedelta(microseconds=-1)", Duration.ofNanos(-1000),
                    "datetime.timedelta(days=-1, seconds=86399, microseconds=999999)"),
            td("timedelta(days=3, seconds=7, microseconds=999999)", Duration.ofDays(3).plusSeconds(7).plusNanos(999_999_000),
                    "datetime.timedelta(days=3, seconds=7, microseconds=999999)"),
            td("timedelta(days=-999999999)", Duration.ofDays(-999_999_999), "datetime.timedelta(days=-999999999)"),
            td("timedelta(days=999999999, seconds=86399, microseconds=999999)",
                    Duration.ofDays(999_999_999).plusSeconds(86_399).plusNanos(999_999_000),
                    "datetime.timedelta(days=999999999, seconds=86399, microseconds=999999)"),
            // timezones
            tz("timezone.utc", ZoneOffset.UTC, "datetime.timezone.utc"),
            tz("timezone(timedelta(hours=5, minutes=30))", IST, IST_REPR),
            tz("timezone(timedelta(hours=-8))", PST, PST_REPR));

    private static Case dt(String python, Object java, String repr) {
        return new Case(python, java, "datetime.datetime", repr);
    }

    private static Case time(String python, Object java, String repr) {
        return new Case(python, java, "datetime.time", repr);
    }

    private static Case td(String python, Duration java, String repr) {
        return new Case(python, java, "datetime.timedelta", repr);
    }

    private static Case tz(String python, ZoneOffset java, String repr) {
        return new Case(python, java, "datetime.timezone", repr);
    }

    private DateTimeCases() {
    }
}
