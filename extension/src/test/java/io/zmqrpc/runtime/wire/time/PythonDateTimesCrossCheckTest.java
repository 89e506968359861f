package io.zmqrpc.runtime.wire.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both directions against every payload CPython 3.11 produced in
 * {@code vectors/python-datetime-vectors.json} (made by {@code python/gen_datetime_vectors.py}).
 */
class PythonDateTimesCrossCheckTest {
    private static final Map<String, Object> VECTORS = TestJson.resource("/vectors/python-datetime-vectors.json");

    static Stream<Arguments> vectors() {
        return entries("vectors").stream().map(v -> Arguments.of(v.get("repr"), v));
    }

    static Stream<Arguments> unsupported() {
        return entries("unsupported").stream().map(v -> Arguments.of(v.get("repr"), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void unpacksToTheEquivalentJavaValue(String repr, Map<String, Object> vector) {
        Object expected = javaValue((String) vector.get("type"), (String) vector.get("value"));

        assertThat(PythonDateTimes.unpack(code(vector), payload(vector))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void packsThePythonBytesOrAtLeastTheSameValue(String repr, Map<String, Object> vector) {
        Object value = javaValue((String) vector.get("type"), (String) vector.get("value"));
        byte[] packed = PythonDateTimes.pack(value);

        assertThat(PythonDateTimes.codeFor(value)).isEqualTo(code(vector));
        if ((Boolean) vector.get("roundtrip")) {
            assertThat(HexFormat.of().formatHex(packed)).isEqualTo(vector.get("hex"));
        } else {
            // A timezone name or fold bit has no Java counterpart; what Java sends still means the same.
            assertThat(PythonDateTimes.unpack(code(vector), packed)).isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupported")
    void rejectsPythonValuesJavaCannotRepresent(String repr, Map<String, Object> vector) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PythonDateTimes.unpack(code(vector), payload(vector)))
                .withMessageStartingWith("python datetime payload: ")
                .withMessageContaining((String) vector.get("error"));
    }

    @Test
    void tableCoversEveryClassAndTheTrickyCases() {
        assertThat(entries("vectors")).extracting(v -> v.get("type")).contains(
                "LocalDate", "LocalDateTime", "OffsetDateTime", "LocalTime", "OffsetTime", "Duration", "ZoneOffset");
        assertThat(entries("vectors")).hasSizeGreaterThan(100).filteredOn(v -> !(Boolean) v.get("roundtrip"))
                .isNotEmpty();
    }

    private static Object javaValue(String type, String value) {
        switch (type) {
            case "LocalDate": return LocalDate.parse(value);
            case "LocalDateTime": return LocalDateTime.parse(value);
            case "OffsetDateTime": return OffsetDateTime.parse(value);
            case "LocalTime": return LocalTime.parse(value);
            case "OffsetTime": return OffsetTime.parse(value);
            case "Duration": return Duration.parse(value);
            case "ZoneOffset": return ZoneOffset.of(value);
            default: throw new AssertionError("unknown type in vectors: " + type);
        }
    }

    private static int code(Map<String, Object> vector) {
        return ((Long) vector.get("code")).intValue();
    }

    private static byte[] payload(Map<String, Object> vector) {
        return HexFormat.of().parseHex((String) vector.get("hex"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(String section) {
        return (List<Map<String, Object>>) VECTORS.get(section);
    }
}
