package io.zmqrpc.runtime.wire;

import static io.zmqrpc.runtime.wire.DecodedValues.assertSame;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every frame recorded from aiozmq 1.0: headers decode to the recorded fields and encode back to
 * the same bytes; bodies decode to the expected Java values, and encoding those values gives
 * exactly the recorded bytes (msgpack as Python writes it: smallest int forms, float64).
 */
class RecordedFramesTest {

    private static final ValueCodec CODEC = ValueCodec.DEFAULT;

    /** What each recorded call's args and kwargs are in Java, keyed by the vector's "call". */
    private static final Map<String, List<Object>> CLIENT_CALLS = Map.of(
            "add(1, 2)", List.of("add", List.of(1L, 2L), Map.of()),
            "add(1, b=5)", List.of("add", List.of(1L), Map.of("b", 5L)),
            "ns.inner('x')", List.of("ns.inner", List.of("x"), Map.of()),
            "echo(types)", List.of("echo", List.of(types()), Map.of()),
            "echo(date)", List.of("echo", List.of(LocalDate.of(2026, 11, 25)), Map.of()),
            "echo(datetime)", List.of("echo", List.of(LocalDateTime.of(2026, 11, 25, 20, 14, 16, 123_456_000)), Map.of()),
            "echo(datetime utc)", List.of("echo",
                    List.of(OffsetDateTime.of(2026, 11, 25, 20, 14, 16, 123_456_000, ZoneOffset.UTC)), Map.of()),
            "echo(time)", List.of("echo", List.of(LocalTime.of(20, 14, 16, 5_000)), Map.of()),
            "echo(timedelta)", List.of("echo", List.of(Duration.ofDays(1).plusSeconds(2).plusNanos(3_000)), Map.of()));

    private static Map<String, Object> types() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "text");
        m.put("b", new byte[] {0, 1});
        m.put("i", -7L);
        m.put("big", Long.MAX_VALUE);
        m.put("f", 1.5);
        m.put("n", null);
        m.put("t", true);
        m.put("l", List.of(1L, List.of(2L, 3L)));
        return m;
    }

    /** Request args/kwargs and reply body of each recorded server reply, by request id. */
    private static final Map<Long, List<Object>> SERVER_REPLIES = Map.ofEntries(
            Map.entry(1L, List.of(List.of(1L, 2L), Map.of(), 3L)),
            Map.entry(2L, List.of(List.of(1L), Map.of("b", 5L), 6L)),
            Map.entry(3L, List.of(List.of("x"), Map.of(), List.of("inner", "x"))),
            Map.entry(4L, List.of(List.of(List.of(1L, 2L)), Map.of(), List.of(1L, 2L))),
            Map.entry(5L, Arrays.asList(List.of(), Map.of(), null)),
            Map.entry(6L, List.of(List.of(), Map.of(),
                    List.of("builtins.ValueError", List.of("bad value", 42L), "ValueError('bad value', 42)"))),
            Map.entry(7L, List.of(List.of(), Map.of(),
                    List.of("builtins.KeyError", List.of("missing"), "KeyError('missing')"))),
            Map.entry(8L, List.of(List.of(), Map.of(),
                    List.of("aiozmq.rpc.base.NotFoundError", List.of("missing"), "NotFoundError('missing')"))),
            Map.entry(9L, List.of(List.of(), Map.of(), List.of("aiozmq.rpc.base.ParametersError",
                    List.of("TypeError(\"missing a required argument: 'a'\")"),
                    "ParametersError('TypeError(\"missing a required argument: \\'a\\'\")')"))),
            Map.entry(10L, List.of(List.of(1L, 2L, 3L), Map.of(), List.of("aiozmq.rpc.base.ParametersError",
                    List.of("TypeError('too many positional arguments')"),
                    "ParametersError(\"TypeError('too many positional arguments')\")"))),
            Map.entry(11L, List.of(List.of(1L), Map.of("zz", 1L), List.of("aiozmq.rpc.base.ParametersError",
                    List.of("TypeError(\"got an unexpected keyword argument 'zz'\")"),
                    "ParametersError('TypeError(\"got an unexpected keyword argument \\'zz\\'\")')"))),
            Map.entry(12L, List.of(List.of(), Map.of(),
                    List.of("aiozmq.rpc.base.NotFoundError", List.of(""), "NotFoundError('')"))),
            Map.entry(13L, List.of(List.of(Map.of("k", new byte[] {(byte) 0xff})), Map.of(),
                    Map.of("k", new byte[] {(byte) 0xff}))));

    static Stream<Map<String, Object>> clientRequests() {
        return RecordedFrames.section("client_requests").stream();
    }

    static Stream<Map<String, Object>> serverReplies() {
        return RecordedFrames.section("server_replies").stream();
    }

    @ParameterizedTest(name = "{index}: request {0}")
    @MethodSource("clientRequests")
    void clientRequestHeaderDecodesAndEncodesBack(Map<String, Object> vector) {
        byte[] frame = RecordedFrames.frame(vector, 0);
        Map<String, Object> fields = RecordedFrames.object(vector, "header_fields");

        RequestHeader header = RequestHeader.decode(frame);

        assertThat(header.pid()).isEqualTo(((Long) fields.get("pid")).intValue());
        assertThat(header.random()).isEqualTo(((Long) fields.get("rnd")).intValue());
        assertThat(Integer.toUnsignedLong(header.requestId())).isEqualTo(fields.get("req_id"));
        assertThat(header.timestamp()).isEqualTo((Double) fields.get("timestamp"));
        assertThat(header.encode()).isEqualTo(frame);
    }

    @ParameterizedTest(name = "{index}: request {0}")
    @MethodSource("clientRequests")
    void clientRequestBodiesDecodeAndEncodeExactly(Map<String, Object> vector) {
        List<Object> expected = CLIENT_CALLS.get((String) vector.get("call"));
        assertThat(expected).as("expectation for " + vector.get("call")).isNotNull();

        assertThat(new String(RecordedFrames.frame(vector, 1), StandardCharsets.UTF_8)).isEqualTo(expected.get(0));
        assertBody(RecordedFrames.frame(vector, 2), CODEC.decodeArgs(RecordedFrames.frame(vector, 2)), expected.get(1));
        assertThat(CODEC.encodeArgs((List<?>) expected.get(1))).isEqualTo(RecordedFrames.frame(vector, 2));
        assertBody(RecordedFrames.frame(vector, 3), CODEC.decodeKwargs(RecordedFrames.frame(vector, 3)), expected.get(2));
    }

    @ParameterizedTest(name = "{index}: reply {0}")
    @MethodSource("serverReplies")
    void serverReplyHeadersDecodeAndEncodeBack(Map<String, Object> vector) {
        Map<String, Object> request = RecordedFrames.object(vector, "request");
        byte[] requestHeader = RecordedFrames.frame(request, 0);
        byte[] replyHeader = RecordedFrames.frame(vector, "reply_frames", 0);

        ReplyHeader reply = ReplyHeader.decode(replyHeader);

        assertThat(Integer.toUnsignedLong(RequestHeader.decode(requestHeader).requestId())).isEqualTo(vector.get("req_id"));
        assertThat(RequestHeader.decode(requestHeader).encode()).isEqualTo(requestHeader);
        assertThat(Integer.toUnsignedLong(reply.requestId())).isEqualTo(vector.get("req_id"));
        assertThat(ReplyHeader.requestIdOf(replyHeader)).isEqualTo(reply.requestId());
        assertThat(reply.error()).isEqualTo(vector.get("is_error"));
        assertThat(reply.encode()).isEqualTo(replyHeader);
    }

    @ParameterizedTest(name = "{index}: reply {0}")
    @MethodSource("serverReplies")
    void serverReplyBodiesDecodeAndEncodeExactly(Map<String, Object> vector) {
        List<Object> expected = SERVER_REPLIES.get((Long) vector.get("req_id"));
        Map<String, Object> request = RecordedFrames.object(vector, "request");

        assertThat(new String(RecordedFrames.frame(request, 1), StandardCharsets.UTF_8)).isEqualTo(request.get("name"));
        assertBody(RecordedFrames.frame(request, 2), CODEC.decodeArgs(RecordedFrames.frame(request, 2)), expected.get(0));
        assertBody(RecordedFrames.frame(request, 3), CODEC.decodeKwargs(RecordedFrames.frame(request, 3)), expected.get(1));
        byte[] body = RecordedFrames.frame(vector, "reply_frames", 1);
        assertBody(body, CODEC.decode(body), expected.get(2));
    }

    @Test
    void pipelineFrames() {
        Map<String, Object> vector = RecordedFrames.section("pipeline").get(0);

        assertThat(new String(RecordedFrames.frame(vector, 0), StandardCharsets.UTF_8)).isEqualTo("ns.handle");
        assertBody(RecordedFrames.frame(vector, 1), CODEC.decodeArgs(RecordedFrames.frame(vector, 1)), List.of(1L));
        assertBody(RecordedFrames.frame(vector, 2), CODEC.decodeKwargs(RecordedFrames.frame(vector, 2)), Map.of("k", "v"));
    }

    @Test
    void pubSubFramesWithTopicAndFloat64() {
        Map<String, Object> prices = RecordedFrames.section("pubsub").get(0);
        Map<String, Object> ping = RecordedFrames.section("pubsub").get(1);

        assertThat(new String(RecordedFrames.frame(prices, 0), StandardCharsets.UTF_8)).isEqualTo("prices");
        assertThat(new String(RecordedFrames.frame(prices, 1), StandardCharsets.UTF_8)).isEqualTo("update");
        assertBody(RecordedFrames.frame(prices, 2), CODEC.decodeArgs(RecordedFrames.frame(prices, 2)), List.of("ACME", 12.5));
        assertThat(RecordedFrames.frame(prices, 2)[6]).as("12.5 travels as float64").isEqualTo((byte) 0xcb);
        assertBody(RecordedFrames.frame(prices, 3), CODEC.decodeKwargs(RecordedFrames.frame(prices, 3)), Map.of());
        assertThat(RecordedFrames.frame(ping, 0)).isEmpty();
        assertThat(new String(RecordedFrames.frame(ping, 1), StandardCharsets.UTF_8)).isEqualTo("ping");
        assertBody(RecordedFrames.frame(ping, 2), CODEC.decodeArgs(RecordedFrames.frame(ping, 2)), List.of());
    }

    /** The frame decodes to the expected value, and the expected value encodes to the frame. */
    private static void assertBody(byte[] frame, Object decoded, Object expected) {
        assertSame(decoded, expected);
        assertThat(Hex.of(CODEC.encode(expected))).isEqualTo(Hex.of(frame));
    }
}
