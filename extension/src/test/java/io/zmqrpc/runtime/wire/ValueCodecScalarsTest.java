package io.zmqrpc.runtime.wire;

import static io.zmqrpc.runtime.wire.DecodedValues.assertSame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scalars both ways, in the exact msgpack forms Python's msgpack writes and reads. */
class ValueCodecScalarsTest {

    private static final ValueCodec CODEC = ValueCodec.DEFAULT;

    @Test
    void nilAndBooleans() {
        assertThat(Hex.of(CODEC.encode(null))).isEqualTo("c0");
        assertThat(Hex.of(CODEC.encode(true))).isEqualTo("c3");
        assertThat(Hex.of(CODEC.encode(false))).isEqualTo("c2");
        assertThat(CODEC.decode(Hex.bytes("c0"))).isNull();
        assertSame(CODEC.decode(Hex.bytes("c3")), Boolean.TRUE);
        assertSame(CODEC.decode(Hex.bytes("c2")), Boolean.FALSE);
    }

    /** Every width boundary: Python packs an int in its smallest form, unsigned when not negative. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, 00", "127, 7f", "128, cc80", "255, ccff", "256, cd0100", "65535, cdffff", "65536, ce00010000",
        "4294967295, ceffffffff", "4294967296, cf0000000100000000", "9223372036854775807, cf7fffffffffffffff",
        "-1, ff", "-32, e0", "-33, d0df", "-128, d080", "-129, d1ff7f", "-32768, d18000", "-32769, d2ffff7fff",
        "-2147483648, d280000000", "-2147483649, d3ffffffff7fffffff", "-9223372036854775808, d38000000000000000"
    })
    void integersInTheirSmallestForm(long value, String hex) {
        assertThat(Hex.of(CODEC.encode(value))).isEqualTo(hex);
        assertSame(CODEC.decode(Hex.bytes(hex)), value);
    }

    @Test
    void smallerJavaIntegersPackLikeLong() {
        assertThat(Hex.of(CODEC.encode(200))).isEqualTo("ccc8");
        assertThat(Hex.of(CODEC.encode((short) -200))).isEqualTo("d1ff38");
        assertThat(Hex.of(CODEC.encode((byte) -5))).isEqualTo("fb");
        assertThat(Hex.of(CODEC.encode(Integer.MIN_VALUE))).isEqualTo("d280000000");
    }

    @Test
    void unsigned64AboveLongMaxIsABigIntegerBothWays() {
        BigInteger u64Max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        BigInteger justAbove = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);

        assertThat(Hex.of(CODEC.encode(u64Max))).isEqualTo("cfffffffffffffffff");
        assertThat(Hex.of(CODEC.encode(justAbove))).isEqualTo("cf8000000000000000");
        assertSame(CODEC.decode(Hex.bytes("cfffffffffffffffff")), u64Max);
        assertSame(CODEC.decode(Hex.bytes("cf8000000000000000")), justAbove);
        // a BigInteger that fits a long travels in the smallest form and comes back as Long
        assertThat(Hex.of(CODEC.encode(BigInteger.valueOf(5)))).isEqualTo("05");
        assertThat(Hex.of(CODEC.encode(BigInteger.valueOf(-129)))).isEqualTo("d1ff7f");
        assertSame(CODEC.decode(CODEC.encode(BigInteger.valueOf(5))), 5L);
    }

    @Test
    void bigIntegersBeyond64BitsAreRefused() {
        BigInteger tooBig = BigInteger.ONE.shiftLeft(64);
        BigInteger tooSmall = BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE);

        assertThatThrownBy(() -> CODEC.encode(tooBig)).isInstanceOf(UnencodableValueException.class)
                .hasMessage("integer 18446744073709551616 does not fit msgpack's 64 bits");
        assertThatThrownBy(() -> CODEC.encodeArgs(java.util.List.of(1, tooSmall)))
                .isInstanceOf(UnencodableValueException.class)
                .hasMessage("integer -9223372036854775809 does not fit msgpack's 64 bits at args[1]");
    }

    @Test
    void floatIsFloat32AndDoubleIsFloat64AndBothDecodeAsDouble() {
        assertThat(Hex.of(CODEC.encode(1.5f))).isEqualTo("ca3fc00000");
        assertThat(Hex.of(CODEC.encode(1.5))).isEqualTo("cb3ff8000000000000");
        assertThat(Hex.of(CODEC.encode(-0.1))).isEqualTo("cbbfb999999999999a");
        assertSame(CODEC.decode(Hex.bytes("ca3fc00000")), 1.5);
        assertSame(CODEC.decode(Hex.bytes("cb3ff8000000000000")), 1.5);
        assertSame(CODEC.decode(Hex.bytes("cbbfb999999999999a")), -0.1);
    }

    @Test
    void stringIsStrAndBytesAreBinBothWays() {
        assertThat(Hex.of(CODEC.encode("é"))).isEqualTo("a2c3a9");
        assertThat(Hex.of(CODEC.encode(new byte[] {(byte) 0xc3, (byte) 0xa9}))).isEqualTo("c402c3a9");
        assertSame(CODEC.decode(Hex.bytes("a2c3a9")), "é");
        assertSame(CODEC.decode(Hex.bytes("c402c3a9")), new byte[] {(byte) 0xc3, (byte) 0xa9});
        assertThat(Hex.of(CODEC.encode(""))).isEqualTo("a0");
        assertThat(Hex.of(CODEC.encode(new byte[0]))).isEqualTo("c400");
    }

    @Test
    void stringLengthBoundaries() {
        String s31 = "a".repeat(31);
        String s32 = "a".repeat(32);
        String s256 = "a".repeat(256);

        assertThat(Hex.of(CODEC.encode(s31))).isEqualTo("bf" + "61".repeat(31));
        assertThat(Hex.of(CODEC.encode(s32))).isEqualTo("d920" + "61".repeat(32));
        assertThat(Hex.of(CODEC.encode(s256))).isEqualTo("da0100" + "61".repeat(256));
        assertSame(CODEC.decode(CODEC.encode(s256)), s256);
        byte[] bin256 = s256.getBytes(StandardCharsets.US_ASCII);
        assertThat(Hex.of(CODEC.encode(bin256))).isEqualTo("c50100" + "61".repeat(256));
        assertSame(CODEC.decode(CODEC.encode(bin256)), bin256);
    }
}
