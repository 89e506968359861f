package io.zmqrpc.runtime.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.zmqrpc.runtime.convert.Fixtures.Status;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnumAndTimeConversionTest {

    private static final OffsetDateTime AWARE = OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.ofHours(2));
    private static final LocalDateTime NAIVE = LocalDateTime.of(2024, 5, 1, 10, 15, 30);

    private final TypeConverter converter = new TypeConverter();

    @Test
    void enumFromExactName() {
        assertThat(converter.convert("SHIPPED", Status.class)).isSameAs(Status.SHIPPED);
    }

    @Test
    void enumNameIsCaseSensitiveAndTheErrorListsNoConstants() {
        assertThatThrownBy(() -> converter.convert("shipped", Status.class))
                .isExactlyInstanceOf(ConversionException.class)
                .hasMessage("cannot convert str \"shipped\" to Status: no such constant");
    }

    @Test
    void enumFromOrdinalIsRefused() {
        assertThatThrownBy(() -> converter.convert(1L, Status.class)).hasMessage("cannot convert int 1 to Status");
    }

    static Stream<Arguments> decodedTimes() {
        return Stream.of(
                arguments(LocalDate.class, LocalDate.of(2024, 5, 1)),
                arguments(LocalDateTime.class, NAIVE),
                arguments(LocalTime.class, LocalTime.of(10, 15)),
                arguments(OffsetTime.class, OffsetTime.of(10, 15, 0, 0, ZoneOffset.UTC)),
                arguments(Duration.class, Duration.ofMillis(1500)),
                arguments(ZoneOffset.class, ZoneOffset.ofHours(-5)),
                arguments(OffsetDateTime.class, AWARE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decodedTimes")
    void decodedTimeValuesPassAsIs(Type target, Object decoded) {
        assertThat(converter.convert(decoded, target)).isSameAs(decoded);
    }

    @Test
    void awareDatetimeBecomesZonedDateTimeOrInstant() {
        assertThat(converter.convert(AWARE, ZonedDateTime.class)).isEqualTo(AWARE.toZonedDateTime());
        assertThat(converter.convert(AWARE, Instant.class)).isEqualTo(Instant.parse("2024-05-01T08:15:30Z"));
    }

    static Stream<Arguments> timeRefusals() {
        return Stream.of(
                arguments(NAIVE, Instant.class, "cannot convert LocalDateTime 2024-05-01T10:15:30 to Instant: "
                        + "a naive datetime has no instant, send an aware one (with tzinfo)"),
                arguments(NAIVE, ZonedDateTime.class, "cannot convert LocalDateTime 2024-05-01T10:15:30 to ZonedDateTime: "
                        + "a naive datetime has no instant, send an aware one (with tzinfo)"),
                arguments(NAIVE, OffsetDateTime.class, "cannot convert LocalDateTime 2024-05-01T10:15:30 to OffsetDateTime"),
                arguments(AWARE, LocalDateTime.class, "cannot convert OffsetDateTime 2024-05-01T10:15:30+02:00 to LocalDateTime"),
                arguments("2024-05-01", LocalDate.class, "cannot convert str \"2024-05-01\" to LocalDate"),
                arguments(1714551330L, Instant.class, "cannot convert int 1714551330 to Instant"));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("timeRefusals")
    void timeRefusals(Object decoded, Type target, String message) {
        assertThatThrownBy(() -> converter.convert(decoded, target))
                .isExactlyInstanceOf(ConversionException.class)
                .hasMessage(message);
    }
}
