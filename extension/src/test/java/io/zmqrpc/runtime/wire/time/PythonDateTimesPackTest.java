package io.zmqrpc.runtime.wire.time;

import static io.zmqrpc.runtime.wire.time.HandMadePickles.edited;
import static io.zmqrpc.runtime.wire.time.PythonDateTimesHostilePayloadTest.DATETIME;
import static io.zmqrpc.runtime.wire.time.PythonDateTimesHostilePayloadTest.DATETIME_UTC;
import static io.zmqrpc.runtime.wire.time.PythonDateTimesHostilePayloadTest.TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Java side of the mapping: which values pack under which code, and what gets lost on the way. */
class PythonDateTimesPackTest {
    private static final LocalDateTime RECORDED = LocalDateTime.of(2026, 11, 25, 20, 14, 16, 123_456_000);

    static Stream<Arguments> codes() {
        return Stream.of(
                Arguments.of(ZoneOffset.ofHours(2), 123),
                Arguments.of(Duration.ofSeconds(-1), 124),
                Arguments.of(LocalTime.NOON, 125),
                Arguments.of(OffsetTime.of(LocalTime.NOON, ZoneOffset.UTC), 125),
                Arguments.of(RECORDED, 126),
                Arguments.of(RECORDED.atOffset(ZoneOffset.UTC), 126),
                Arguments.of(RECORDED.atZone(ZoneId.of("Europe/Paris")), 126),
                Arguments.of(Instant.EPOCH, 126),
                Arguments.of(LocalDate.EPOCH, 127),
                Arguments.of(null, -1),
                Arguments.of("2026-11-25", -1),
                Arguments.of(ZoneId.of("Europe/Paris"), -1),
                Arguments.of(new Date(0), -1),
                Arguments.of(Year.of(2026), -1));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("codes")
    void codeForNamesTheExtCodeOfEachSupportedType(Object value, int code) {
        assertThat(PythonDateTimes.codeFor(value)).isEqualTo(code);
        if (code < 0) {
            assertThatIllegalArgumentException().isThrownBy(() -> PythonDateTimes.pack(value))
                    .withMessageStartingWith("not a java.time value with a Python datetime equivalent");
        } else {
            assertThat(PythonDateTimes.unpack(code, PythonDateTimes.pack(value))).isNotNull();
        }
    }

    @Test
    void instantTravelsAsAnAwareUtcDatetime() {
        Instant instant = RECORDED.toInstant(ZoneOffset.UTC);

        assertThat(hex(PythonDateTimes.pack(instant))).isEqualTo(DATETIME_UTC);
        assertThat(PythonDateTimes.unpack(126, PythonDateTimes.pack(instant))).isEqualTo(instant.atOffset(ZoneOffset.UTC));
    }

    @Test
    void namedZoneTravelsAsItsOffsetAtThatInstant() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        ZonedDateTime summer = LocalDateTime.of(2026, 7, 1, 12, 0).atZone(paris);
        ZonedDateTime winter = LocalDateTime.of(2026, 12, 1, 12, 0).atZone(paris);

        assertThat(PythonDateTimes.pack(summer)).isEqualTo(PythonDateTimes.pack(summer.toOffsetDateTime()));
        assertThat(PythonDateTimes.unpack(126, PythonDateTimes.pack(summer)))
                .isEqualTo(OffsetDateTime.of(2026, 7, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(PythonDateTimes.unpack(126, PythonDateTimes.pack(winter)))
                .isEqualTo(OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.ofHours(1)));
    }

    @Test
    void nanosecondsBelowAMicrosecondAreTruncated() {
        assertThat(PythonDateTimes.pack(LocalTime.of(20, 14, 16, 5_999))).isEqualTo(hexBytes(TIME));
        assertThat(PythonDateTimes.pack(RECORDED.plusNanos(999))).isEqualTo(hexBytes(DATETIME));
        assertThat(PythonDateTimes.unpack(125, PythonDateTimes.pack(LocalTime.of(0, 0, 0, 999_999_999))))
                .isEqualTo(LocalTime.of(0, 0, 0, 999_999_000));
    }

    @Test
    void durationsAreTruncatedTowardZeroAndNormalizedAsPythonDoes() {
        assertThat(PythonDateTimes.unpack(124, PythonDateTimes.pack(Duration.ofNanos(-1_500))))
                .isEqualTo(Duration.ofNanos(-1_000));
        assertThat(PythonDateTimes.unpack(124, PythonDateTimes.pack(Duration.ofNanos(999)))).isEqualTo(Duration.ZERO);
        // timedelta(microseconds=-1) is timedelta(days=-1, seconds=86399, microseconds=999999)
        assertThat(hex(PythonDateTimes.pack(Duration.ofNanos(-1_000))))
                .endsWith("4affffffff4a7f5101004a3f420f00879452942e");
    }

    @Test
    void foldIsReadButNeverWritten() {
        Object folded = PythonDateTimes.unpack(126, edited(DATETIME, "07ea0b19", "07ea8b19"));

        assertThat(folded).isEqualTo(RECORDED);
        assertThat(hex(PythonDateTimes.pack(folded))).isEqualTo(DATETIME);
    }

    static Stream<Arguments> outOfPythonRange() {
        return Stream.of(
                Arguments.of(LocalDate.of(0, 12, 31), "year 0 is outside Python's datetime range 1..9999"),
                Arguments.of(LocalDate.of(10_000, 1, 1), "year 10000 is outside Python's datetime range 1..9999"),
                Arguments.of(LocalDateTime.of(-5, 1, 1, 0, 0), "year -5 is outside"),
                Arguments.of(Instant.MAX, "is outside Python's datetime range"),
                Arguments.of(Duration.ofDays(1_000_000_000), "is outside Python's timedelta range"),
                Arguments.of(Duration.ofDays(-999_999_999).minusNanos(1_000), "is outside Python's timedelta range"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfPythonRange")
    void refusesValuesPythonCannotHold(Object value, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> PythonDateTimes.pack(value))
                .withMessageContaining(message);
    }

    @Test
    void extremesOfPythonRangePack() {
        Duration min = Duration.ofDays(-999_999_999);
        Duration max = Duration.ofDays(999_999_999).plusSeconds(86_399).plusNanos(999_999_000);
        ZoneOffset odd = ZoneOffset.ofHoursMinutesSeconds(-5, -30, -15);

        assertThat(PythonDateTimes.unpack(124, PythonDateTimes.pack(min))).isEqualTo(min);
        assertThat(PythonDateTimes.unpack(124, PythonDateTimes.pack(max))).isEqualTo(max);
        assertThat(PythonDateTimes.unpack(123, PythonDateTimes.pack(odd))).isEqualTo(odd);
        assertThat(PythonDateTimes.unpack(123, PythonDateTimes.pack(ZoneOffset.MIN))).isEqualTo(ZoneOffset.MIN);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] hexBytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
