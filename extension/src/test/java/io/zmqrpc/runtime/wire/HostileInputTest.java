package io.zmqrpc.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever a peer sends, decoding fails fast with a clear WireFormatException and allocates little. */
class HostileInputTest {

    private static final ValueCodec CODEC = ValueCodec.DEFAULT;

    @Test
    void everyTruncationOfAValidValueIsRefused() {
        byte[] full = CODEC.encode(List.of("text", new byte[] {1, 2}, 1.5, Long.MAX_VALUE, Map.of("k", List.of(1))));
        for (int length = 0; length < full.length; length++) {
            byte[] cut = Arrays.copyOf(full, length);
            assertThatThrownBy(() -> CODEC.decode(cut)).as("first %d bytes", length)
                    .isInstanceOf(WireFormatException.class);
        }
    }

    @Test
    void emptyFrame() {
        assertThatThrownBy(() -> CODEC.decode(new byte[0])).isInstanceOf(WireFormatException.class)
                .hasMessage("empty msgpack frame");
    }

    @Test
    void declaredLengthsBeyondTheBytesReceived() {
        assertRefused("c6ffffffff00", "bin declares 4294967295 bytes but only 1 remain");
        assertRefused("dbffffffff41", "str declares 4294967295 bytes but only 1 remain");
        assertRefused("d9ff41", "str declares 255 bytes but only 1 remain");
        assertRefused("c7ff0501", "ext declares 255 bytes but only 1 remain");
        assertRefused("dc006401", "array declares 100 elements but only 1 bytes remain");
        assertRefused("de00640101", "map declares 100 elements but only 2 bytes remain");
    }

    @Test
    void aSixByteFrameDeclaringFourGibibytesAllocatesNothingLarge() {
        byte[] frame = Hex.bytes("c6ffffffff00");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < 100; i++) {
            decodeQuietly(frame);
        }

        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100; i++) {
            decodeQuietly(frame);
        }
        long perDecode = (threads.getThreadAllocatedBytes(thread) - before) / 100;

        assertThat(perDecode).as("bytes allocated per refused decode").isLessThan(64 * 1024);
    }

    @Test
    void containerCountsBeyondTheLimit() {
        ValueCodec strict = new ValueCodec(ExtTypes.DEFAULT, new DecodeLimits(64, 10));

        assertThatThrownBy(() -> strict.decode(Hex.bytes("9b" + "00".repeat(11)))).isInstanceOf(WireFormatException.class)
                .hasMessage("array of 11 elements exceeds the limit of 10");
        assertThatThrownBy(() -> strict.decode(Hex.bytes("de000b" + "0000".repeat(11))))
                .isInstanceOf(WireFormatException.class).hasMessage("map of 11 elements exceeds the limit of 10");
        assertRefused("ddffffffff", "array of 4294967295 elements exceeds the limit of 1000000");
        assertThat(strict.decode(Hex.bytes("9a" + "00".repeat(10)))).isEqualTo(java.util.Collections.nCopies(10, 0L));
    }

    @Test
    void nestingDeeperThanTheLimit() {
        String deepest = "91".repeat(63) + "90";
        String tooDeep = "91".repeat(64) + "90";

        assertThat(CODEC.decode(Hex.bytes(deepest))).isInstanceOf(List.class);
        assertRefused(tooDeep, "msgpack nesting deeper than 64 levels");
        assertRefused("81a161".repeat(64) + "80", "msgpack nesting deeper than 64 levels");
        ValueCodec shallow = new ValueCodec(ExtTypes.DEFAULT, new DecodeLimits(2, 10));
        assertThatThrownBy(() -> shallow.decode(Hex.bytes("919190"))).isInstanceOf(WireFormatException.class)
                .hasMessage("msgpack nesting deeper than 2 levels");
    }

    @Test
    void invalidUtf8TrailingBytesAndTheNeverUsedByte() {
        assertRefused("a2c328", "str is not valid UTF-8");
        assertRefused("a3eda080", "str is not valid UTF-8");
        assertRefused("0102", "trailing bytes after the msgpack value");
        assertRefused("c1", "invalid msgpack: byte 0xc1 is never used");
        assertRefused("9201c1", "invalid msgpack: byte 0xc1 is never used");
    }

    @Test
    void argsAndKwargsFramesMustHaveTheRightShape() {
        assertThatThrownBy(() -> CODEC.decodeArgs(Hex.bytes("80"))).isInstanceOf(WireFormatException.class)
                .hasMessage("positional arguments must be a msgpack array, got map");
        assertThatThrownBy(() -> CODEC.decodeKwargs(Hex.bytes("90"))).isInstanceOf(WireFormatException.class)
                .hasMessage("keyword arguments must be a msgpack map, got array");
        assertThatThrownBy(() -> CODEC.decodeKwargs(Hex.bytes("810101"))).isInstanceOf(WireFormatException.class)
                .hasMessage("keyword argument names must be str, got int");
        assertThatThrownBy(() -> CODEC.decodeKwargs(Hex.bytes("81c4016101"))).isInstanceOf(WireFormatException.class)
                .hasMessage("keyword argument names must be str, got bin");
    }

    private static void assertRefused(String hex, String message) {
        assertThatThrownBy(() -> CODEC.decode(Hex.bytes(hex))).as(hex).isInstanceOf(WireFormatException.class)
                .hasMessage(message);
    }

    private static void decodeQuietly(byte[] frame) {
        try {
            CODEC.decode(frame);
        } catch (WireFormatException expected) {
            // refused, as asserted elsewhere
        }
    }
}
