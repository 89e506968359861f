package io.zmqrpc.runtime.wire.time;

import static io.zmqrpc.runtime.wire.time.HandMadePickles.body;
import static io.zmqrpc.runtime.wire.time.HandMadePickles.edited;
import static io.zmqrpc.runtime.wire.time.HandMadePickles.framed;
import static io.zmqrpc.runtime.wire.time.HandMadePickles.global;
import static io.zmqrpc.runtime.wire.time.HandMadePickles.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Anything but CPython's own datetime pickles is refused with a message naming the problem. */
class PythonDateTimesHostilePayloadTest {
    static final String DATE = "80059520000000000000008c086461746574696d65948c0464617465949394430407ea0b1994859452942e";
    static final String DATETIME = "8005952a000000000000008c086461746574696d65948c086461746574696d6594939443"
            + "0a07ea0b19140e1001e24094859452942e";
    static final String DATETIME_UTC = "80059557000000000000008c086461746574696d65948c086461746574696d6594939443"
            + "0a07ea0b19140e1001e2409468008c0874696d657a6f6e6594939468008c0974696d6564656c74619493944b004b004b"
            + "008794529485945294869452942e";
    static final String TIME = "80059522000000000000008c086461746574696d65948c0474696d659493944306140e1000000594859452942e";
    static final String TIMEDELTA = "80059524000000000000008c086461746574696d65948c0974696d6564656c74619493944b014b02"
            + "4b03879452942e";
    /** timezone(timedelta(hours=-5, minutes=-30), 'EST') */
    static final String TIMEZONE_NAMED = "80059543000000000000008c086461746574696d65948c0874696d657a6f6e6594939468008c"
            + "0974696d6564656c74619493944affffffff4a280401004b00879452948c0345535494869452942e";
    /** What Python pickles for an object whose __reduce__ returns (os.system, ('true',)). */
    static final String POSIX_SYSTEM = "8005951f000000000000008c05706f736978948c0673797374656d9493948c0474727565948594"
            + "52942e";
    /** datetime(2020, 1, 1, tzinfo=zoneinfo.ZoneInfo('Europe/Paris')), which aiozmq would send as 126. */
    static final String ZONEINFO = "8005957e000000000000008c086461746574696d65948c086461746574696d65949394430a07e401"
            + "01000000000000948c086275696c74696e73948c07676574617474729493948c087a6f6e65696e666f948c085a6f6e6549"
            + "6e666f9493948c095f756e7069636b6c6594869452948c0c4575726f70652f5061726973944b0186945294869452942e";

    static Stream<Arguments> hostile() {
        String nestedTimezones = global("datetime", "timezone").repeat(20);
        return Stream.of(
                // globals
                rejected("os.system", 124, framed(global("os", "system") + str("true") + "859452942e"),
                        "unexpected global os.system"),
                rejected("posix.system as Python pickles it", 126, hex(POSIX_SYSTEM), "unexpected global posix.system"),
                rejected("builtins.eval", 127, framed(global("builtins", "eval") + str("1") + "859452942e"),
                        "unexpected global builtins.eval"),
                rejected("datetime module, class sys", 127, framed(global("datetime", "sys")), "unexpected global datetime.sys"),
                rejected("zoneinfo tzinfo", 126, hex(ZONEINFO), "unexpected global builtins.getattr"),
                rejected("GLOBAL opcode", 127, framed("63" + HexFormat.of().formatHex("os\nsystem\n".getBytes())),
                        "unexpected opcode 0x63 at offset 11, expected a string"),
                rejected("date under the datetime code", 126, hex(DATE), "expected datetime.datetime but found datetime.date"),
                rejected("datetime under the date code", 127, hex(DATETIME), "expected datetime.date but found datetime.datetime"),
                rejected("timedelta under the timezone code", 123, hex(TIMEDELTA),
                        "expected datetime.timezone but found datetime.timedelta"),
                rejected("datetime as tzinfo", 126, framed(global("datetime", "datetime") + "430a07ea0b19140e1001e24094"
                        + global("datetime", "datetime")), "expected datetime.timezone but found datetime.datetime"),
                rejected("nested timezones", 123, framed(nestedTimezones),
                        "expected datetime.timedelta but found datetime.timezone"),
                // memo
                rejected("BINGET of a class", 126, edited(DATETIME_UTC, "9468008c0874696d657a6f6e65", "9468028c0874696d657a6f6e65"),
                        "BINGET 2 at offset 48 does not refer to a string"),
                rejected("BINGET beyond the memo", 126, edited(DATETIME_UTC, "9468008c0874696d657a6f6e65", "9468ff8c0874696d657a6f6e65"),
                        "BINGET 255 at offset 48 does not refer to a string"),
                rejected("LONG_BINGET", 126, edited(DATETIME_UTC, "9468008c0874696d657a6f6e65", "946a000000008c0874696d657a6f6e65"),
                        "unexpected opcode 0x6a at offset 48, expected a string"),
                rejected("missing MEMOIZE", 127, edited(DATE, "9394430407", "93430407"), "expected MEMOIZE"),
                // lengths and framing
                rejected("empty payload", 127, new byte[0], "empty payload"),
                rejected("null payload", 127, null, "empty payload"),
                rejected("oversized payload", 127, framed("28".repeat(2000)), "payload of 2011 bytes exceeds 1024"),
                rejected("huge FRAME length", 127, hex("800595ffffffffffffffff" + body(DATE)),
                        "frame length 18446744073709551615 does not match the 32 bytes that follow"),
                rejected("FRAME shorter than the input", 127, hex(DATE + "00"), "frame length 32 does not match the 33 bytes"),
                rejected("no FRAME", 127, hex("8005" + body(DATE)), "unexpected opcode 0x8c at offset 2, expected FRAME"),
                rejected("no PROTO", 127, hex(body(DATE)), "unexpected opcode 0x8c at offset 0, expected PROTO"),
                rejected("protocol 4", 127, hex("8004" + DATE.substring(4)), "pickle protocol 4, expected 5"),
                rejected("declared string longer than the input", 127, framed("8cff" + "6461746574696d65"),
                        "truncated at offset 13: 255 bytes needed, 8 left"),
                rejected("BINUNICODE of 4 GiB", 127, framed("58ffffffff6461"), "truncated at offset 16: 4294967295 bytes needed"),
                rejected("declared bytes longer than the input", 127, edited(DATE, "430407ea0b19", "43ff07ea0b19"), "truncated"),
                rejected("trailing garbage", 127, framed(body(DATE) + "00"), "1 trailing bytes after STOP"),
                rejected("a second pickle after STOP", 127, framed(body(DATE) + DATE), "43 trailing bytes after STOP"),
                // opcodes and nesting
                rejected("unknown opcode", 127, framed("ff"), "unexpected opcode 0xff at offset 11"),
                rejected("deep MARK nesting", 127, framed("28".repeat(500)), "unexpected opcode 0x28 at offset 11"),
                rejected("deep tuple nesting", 127, framed("29" + "85".repeat(300)), "unexpected opcode 0x29 at offset 11"),
                rejected("EMPTY_TUPLE arguments", 127, edited(DATE, "430407ea0b19948594", "2994"), "unexpected opcode 0x29"),
                rejected("extra argument", 127, edited(DATE, "0b199485", "0b19944b008694"), "expected TUPLE1"),
                rejected("BUILD after REDUCE", 127, edited(DATE, "52942e", "52947d94622e"), "unexpected opcode 0x7d at offset 42, expected STOP"),
                rejected("LONG1 int", 124, edited(TIMEDELTA, "4b014b024b03", "8a01014b024b03"), "unexpected opcode 0x8a at offset 36, expected an int"),
                rejected("non-UTF-8 timezone name", 123, edited(TIMEZONE_NAMED, "8c03455354", "8c03ff5354"), "not valid UTF-8"),
                rejected("ext code 122", 122, hex(DATE), "ext code 122 is not one of 123..127"),
                rejected("ext code 128", 128, hex(DATE), "ext code 128 is not one of 123..127"),
                // field ranges
                rejected("month 13", 127, edited(DATE, "430407ea0b19", "430407ea0d19"), "month 13 out of range 1..12"),
                rejected("month 0", 127, edited(DATE, "430407ea0b19", "430407ea0019"), "month 0 out of range 1..12"),
                rejected("day 32", 127, edited(DATE, "430407ea0b19", "430407ea0b20"), "day 32 out of range 1..30"),
                rejected("1900-02-29", 127, edited(DATE, "430407ea0b19", "4304076c021d"), "day 29 out of range 1..28"),
                rejected("year 0", 127, edited(DATE, "430407ea0b19", "430400000101"), "year 0 out of range 1..9999"),
                rejected("year 10000", 127, edited(DATE, "430407ea0b19", "430427100101"), "year 10000 out of range 1..9999"),
                rejected("month 13 with fold", 126, edited(DATETIME, "07ea0b19", "07ea8d19"), "month 13 out of range 1..12"),
                rejected("fold on a date", 127, edited(DATE, "430407ea0b19", "430407ea8b19"), "month 139 out of range 1..12"),
                rejected("hour 24", 126, edited(DATETIME, "07ea0b19140e10", "07ea0b19180e10"), "hour 24 out of range 0..23"),
                rejected("minute 60", 126, edited(DATETIME, "07ea0b19140e10", "07ea0b19143c10"), "minute 60 out of range 0..59"),
                rejected("second 60", 126, edited(DATETIME, "07ea0b19140e10", "07ea0b19140e3c"), "second 60 out of range 0..59"),
                rejected("microsecond 1000000", 126, edited(DATETIME, "1001e240", "100f4240"),
                        "microsecond 1000000 out of range 0..999999"),
                rejected("time hour 24 with fold", 125, edited(TIME, "4306140e10", "4306980e10"), "hour 24 out of range 0..23"),
                rejected("time state of 5 bytes", 125, edited(TIME, "4306140e1000000594", "4305140e10000094"),
                        "time state of 5 bytes, expected 6"),
                rejected("timedelta seconds 86400", 124, edited(TIMEDELTA, "4b014b024b03", "4b014a805101004b03"),
                        "timedelta(1, 86400, 3) is not normalized"),
                rejected("timedelta 10^9 days", 124, edited(TIMEDELTA, "4b014b024b03", "4a00ca9a3b4b024b03"),
                        "timedelta(1000000000, 2, 3) is not normalized"),
                rejected("timedelta negative microseconds", 124, edited(TIMEDELTA, "4b014b024b03", "4b014b024affffffff"),
                        "timedelta(1, 2, -1) is not normalized"),
                rejected("timezone of 24 hours", 123, edited(TIMEZONE_NAMED, "4affffffff4a28040100", "4b014b00"),
                        "timezone offset PT24H is not representable as a ZoneOffset"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void rejects(String description, int code, byte[] payload, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PythonDateTimes.unpack(code, payload))
                .withMessageStartingWith("python datetime payload: ")
                .withMessageContaining(message);
    }

    static Stream<Arguments> prefixes() {
        return Stream.of(Map.entry(DATE, 127), Map.entry(DATETIME, 126), Map.entry(DATETIME_UTC, 126),
                        Map.entry(TIME, 125), Map.entry(TIMEDELTA, 124), Map.entry(TIMEZONE_NAMED, 123))
                .flatMap(valid -> IntStream.range(0, valid.getKey().length() / 2)
                        .mapToObj(length -> Arguments.of(valid.getValue(), length, valid.getKey())));
    }

    /** Cut anywhere, a payload fails at the frame check, or past it (frame fixed up) as truncated. */
    @ParameterizedTest(name = "code {0} cut to {1} bytes")
    @MethodSource("prefixes")
    void rejectsEveryTruncation(int code, int length, String valid) {
        assertThat(PythonDateTimes.unpack(code, hex(valid))).isNotNull();
        byte[] cut = Arrays.copyOf(hex(valid), length);

        assertThatIllegalArgumentException().isThrownBy(() -> PythonDateTimes.unpack(code, cut))
                .withMessageStartingWith("python datetime payload: ");
        if (length >= 11) {
            byte[] reframed = framed(body(valid).substring(0, 2 * length - 22));
            assertThatIllegalArgumentException().isThrownBy(() -> PythonDateTimes.unpack(code, reframed))
                    .withMessageContaining("truncated at offset");
        }
    }

    private static Arguments rejected(String description, int code, byte[] payload, String message) {
        return Arguments.of(description, code, payload, message);
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
