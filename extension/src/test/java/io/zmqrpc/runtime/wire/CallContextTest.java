package io.zmqrpc.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The call-context frame's bytes, its reading and its place in the request and the reply. */
class CallContextTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void aDeadlineAloneIsTheMagicAndAOneEntryMap() {
        byte[] frame = CallContext.encode(1500, null);
        // 00 "zmqrpc" 01 | fixmap 1 | fixstr 12 "time_left_ms" | uint16 1500
        assertThat(HEX.formatHex(frame)).isEqualTo("007a6d71727063" + "01" + "81" + "ac"
                + HEX.formatHex("time_left_ms".getBytes(StandardCharsets.US_ASCII)) + "cd05dc");
        assertThat(CallContext.decode(frame)).isEqualTo(new CallContext(1500, Map.of()));
    }

    @Test
    void entriesTravelInOrderBesideTheDeadline() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        metadata.put("tracestate", "é".repeat(40));
        CallContext read = CallContext.decode(CallContext.encode(0, metadata));
        assertThat(read.timeLeftMillis()).isZero();
        assertThat(read.metadata()).containsExactlyEntriesOf(metadata);
        CallContext noDeadline = CallContext.decode(CallContext.encode(-1, metadata));
        assertThat(noDeadline.hasDeadline()).isFalse();
        assertThat(noDeadline.metadata()).containsExactlyEntriesOf(metadata);
        assertThat(CallContext.decode(CallContext.encode(5_000_000_000L, Map.of())).timeLeftMillis())
                .isEqualTo(5_000_000_000L);
    }

    @Test
    void everyIntegerFormReadsAsTheTimeLeftAndANegativeOneAsPassed() {
        int[] key = toInts("time_left_ms".getBytes(StandardCharsets.US_ASCII));
        assertThat(timeLeft(key, 0xcc, 200)).isEqualTo(200);
        assertThat(timeLeft(key, 0xce, 0, 1, 0, 0)).isEqualTo(65536);
        assertThat(timeLeft(key, 0xcf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))
                .as("above Long.MAX_VALUE: far away, not passed").isEqualTo(Long.MAX_VALUE);
        assertThat(timeLeft(key, 0xff)).as("fixint -1").isZero();
        assertThat(timeLeft(key, 0xd1, 0xff, 0x00)).as("int16 -256").isZero();
        assertThat(timeLeft(key, 0xd3, 0, 0, 0, 0, 0, 0, 0x03, 0xe8)).isEqualTo(1000);
    }

    @Test
    void longTextUsesTheWiderStringFormsBothWays() {
        String value = "v".repeat(300);
        byte[] frame = CallContext.encode(-1, Map.of("k".repeat(40), value));
        assertThat(frame[CallContext.MAGIC.length + 1] & 0xff).as("str8 key").isEqualTo(0xd9);
        assertThat(CallContext.decode(frame).metadata()).containsExactly(Map.entry("k".repeat(40), value));
    }

    @Test
    void onlyAFrameWithTheMagicIsAContextFrame() {
        assertThat(CallContext.isContext(CallContext.encode(1, null))).isTrue();
        assertThat(CallContext.isContext(new byte[] {0, 1, 2, 3, 4})).as("a generated identity").isFalse();
        assertThat(CallContext.isContext(Arrays.copyOf(CallContext.MAGIC, 7))).isFalse();
        assertThat(CallContext.isContext("zmqrpc-client".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void anUnreadableFrameIsRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> CallContext.decode(withBody(0x93, 1, 2, 3)))
                .isExactlyInstanceOf(WireFormatException.class).hasMessage("call-context frame must hold a msgpack map");
        assertThatThrownBy(() -> CallContext.decode(withBody(0x81, 0x01, 0x02)))
                .isExactlyInstanceOf(WireFormatException.class).hasMessage("call-context keys must be strings, got INTEGER");
        assertThatThrownBy(() -> CallContext.decode(withBody(0x81, 0xa1, 'k', 0x02)))
                .isExactlyInstanceOf(WireFormatException.class).hasMessage("call-context entry k must be a string, got INTEGER");
        byte[] key = "time_left_ms".getBytes(StandardCharsets.US_ASCII);
        byte[] text = new byte[3 + key.length + 2];
        text[0] = (byte) 0x81;
        text[1] = (byte) (0xa0 | key.length);
        System.arraycopy(key, 0, text, 2, key.length);
        text[2 + key.length] = (byte) 0xa1;
        text[3 + key.length] = 'x';
        assertThatThrownBy(() -> CallContext.decode(withBody(toInts(text))))
                .isExactlyInstanceOf(WireFormatException.class).hasMessage("call-context time_left_ms must be an integer, got STRING");
        assertThatThrownBy(() -> CallContext.decode(withBody(0x80, 0x01)))
                .isExactlyInstanceOf(WireFormatException.class).hasMessage("call-context frame has bytes after its map");
        assertThatThrownBy(() -> CallContext.decode(withBody(0x82, 0xa1, 'k')))
                .isExactlyInstanceOf(WireFormatException.class).hasMessageStartingWith("unreadable call-context frame: ");
        assertThatThrownBy(() -> CallContext.decode(withBody(0x81, 0xc1)))
                .isExactlyInstanceOf(WireFormatException.class)
                .hasMessage("unreadable call-context frame: byte 0xc1 is never used");
        assertThatThrownBy(() -> CallContext.decode(withBody(0x81, 0xa1, 'k', 0xa1, 0xff)))
                .isExactlyInstanceOf(WireFormatException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> CallContext.decode(withBody(0x81, 0xa5, 'k')))
                .isExactlyInstanceOf(WireFormatException.class)
                .hasMessage("unreadable call-context frame: it ends 4 bytes short");
        assertThatThrownBy(() -> CallContext.decode(Arrays.copyOf(CallContext.MAGIC, CallContext.MAX_LENGTH + 1)))
                .isExactlyInstanceOf(WireFormatException.class).hasMessage("call-context frame of 8193 bytes, over 8192");
    }

    @Test
    void aServerTellsTheContextFromTheEnvelopeAndAClientReadsAnEchoedOne() {
        byte[] identity = {0, 1, 2, 3, 4};
        byte[] context = CallContext.encode(10, null);
        byte[] header = new RequestHeader(1, 2, 3, 0.0).encode();
        byte[][] frames = {identity, context, header, {'f'}, {(byte) 0x90}, {(byte) 0x80}};
        Message with = Framing.RPC.deframe(frames);
        assertThat(with.envelope()).isDeepEqualTo(new byte[][] {identity});
        assertThat(with.context()).isSameAs(context);
        byte[][] sent = Framing.RPC.frame(Message.request(context, header, new byte[] {'f'}, new byte[] {(byte) 0x90},
                new byte[] {(byte) 0x80}));
        assertThat(sent).isDeepEqualTo(new byte[][] {context, header, {'f'}, {(byte) 0x90}, {(byte) 0x80}});
        Message without = Framing.RPC.deframe(new byte[][] {identity, header, {'f'}, {(byte) 0x90}, {(byte) 0x80}});
        assertThat(without.context()).isNull();
        assertThat(without.envelope()).isDeepEqualTo(new byte[][] {identity});

        byte[] replyHeader = new ReplyHeader(1, 2, 3, 0.0, false).encode();
        ReplyFraming.Reply echoed = ReplyFraming.deframe(new byte[][] {context, replyHeader, {0x05}});
        assertThat(echoed.header()).isSameAs(replyHeader);
        assertThat(echoed.body()).containsExactly(0x05);
        assertThatThrownBy(() -> ReplyFraming.deframe(new byte[][] {identity, replyHeader, {0x05}}))
                .isExactlyInstanceOf(WireFormatException.class).hasMessage("malformed reply of 3 frames");
    }

    private static long timeLeft(int[] key, int... value) {
        int[] body = new int[2 + key.length + value.length];
        body[0] = 0x81;
        body[1] = 0xa0 | key.length;
        System.arraycopy(key, 0, body, 2, key.length);
        System.arraycopy(value, 0, body, 2 + key.length, value.length);
        return CallContext.decode(withBody(body)).timeLeftMillis();
    }

    private static int[] toInts(byte[] bytes) {
        int[] ints = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            ints[i] = bytes[i] & 0xff;
        }
        return ints;
    }

    private static byte[] withBody(int... body) {
        byte[] frame = Arrays.copyOf(CallContext.MAGIC, CallContext.MAGIC.length + body.length);
        for (int i = 0; i < body.length; i++) {
            frame[CallContext.MAGIC.length + i] = (byte) body[i];
        }
        return frame;
    }
}
