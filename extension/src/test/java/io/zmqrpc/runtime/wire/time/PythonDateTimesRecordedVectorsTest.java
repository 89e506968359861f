package io.zmqrpc.runtime.wire.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msgpack.core.ExtensionTypeHeader;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/** The datetime ext values a real aiozmq 1.0 client sent, as recorded in the shared frame vectors. */
class PythonDateTimesRecordedVectorsTest {

    static Stream<Arguments> recorded() {
        LocalDateTime sent = LocalDateTime.of(2026, 11, 25, 20, 14, 16, 123_456_000);
        return Stream.of(
                Arguments.of("echo(date)", 127, LocalDate.of(2026, 11, 25)),
                Arguments.of("echo(datetime)", 126, sent),
                Arguments.of("echo(datetime utc)", 126, sent.atOffset(ZoneOffset.UTC)),
                Arguments.of("echo(time)", 125, LocalTime.of(20, 14, 16, 5_000)),
                Arguments.of("echo(timedelta)", 124, Duration.ofDays(1).plusSeconds(2).plusNanos(3_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void decodesTheRecordedPayloadAndPacksTheSameBytes(String call, int code, Object expected) throws IOException {
        MessageUnpacker args = MessagePack.newDefaultUnpacker(argsFrame(call));
        assertThat(args.unpackArrayHeader()).isEqualTo(1);
        ExtensionTypeHeader ext = args.unpackExtensionTypeHeader();
        byte[] payload = args.readPayload(ext.getLength());

        assertThat((int) ext.getType()).isEqualTo(code);
        assertThat(PythonDateTimes.unpack(code, payload)).isEqualTo(expected);
        assertThat(PythonDateTimes.codeFor(expected)).isEqualTo(code);
        assertThat(HexFormat.of().formatHex(PythonDateTimes.pack(expected)))
                .isEqualTo(HexFormat.of().formatHex(payload));
    }

    @SuppressWarnings("unchecked")
    private static byte[] argsFrame(String call) {
        List<Map<String, Object>> requests = (List<Map<String, Object>>)
                TestJson.resource("/vectors/aiozmq-1.0-frames.json").get("client_requests");
        Map<String, Object> request = requests.stream().filter(r -> call.equals(r.get("call"))).findFirst()
                .orElseThrow(() -> new AssertionError("no recorded request " + call));
        // frames: header, method name, packed args, packed kwargs
        return HexFormat.of().parseHex((String) ((List<Object>) request.get("frames")).get(2));
    }
}
