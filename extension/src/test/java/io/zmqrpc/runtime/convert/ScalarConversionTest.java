package io.zmqrpc.runtime.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScalarConversionTest {

    private static final BigInteger U64_MAX = new BigInteger("18446744073709551615");
    private static final BigInteger TWO_TO_63 = new BigInteger("9223372036854775808");

    private final TypeConverter converter = new TypeConverter();

    static Stream<Arguments> conversions() {
        return Stream.of(
                arguments(true, boolean.class, true),
                arguments(false, Boolean.class, false),
                arguments(127L, byte.class, (byte) 127),
                arguments(-128L, Byte.class, (byte) -128),
                arguments(32767L, short.class, (short) 32767),
                arguments(-32768L, Short.class, (short) -32768),
                arguments(2147483647L, int.class, Integer.MAX_VALUE),
                arguments(-2147483648L, Integer.class, Integer.MIN_VALUE),
                arguments(Long.MAX_VALUE, long.class, Long.MAX_VALUE),
                arguments(Long.MIN_VALUE, Long.class, Long.MIN_VALUE),
                arguments(new BigInteger("9223372036854775807"), long.class, Long.MAX_VALUE),
                arguments(42, long.class, 42L),
                arguments(1.5, float.class, 1.5f),
                arguments(1.5, double.class, 1.5),
                arguments(3L, double.class, 3.0),
                arguments(9007199254740992L, double.class, 9007199254740992.0),
                arguments(Long.MIN_VALUE, double.class, -9.223372036854775808E18),
                arguments(TWO_TO_63, double.class, 9.223372036854775808E18),
                arguments(16777216L, Float.class, 16777216f),
                arguments("x", char.class, 'x'),
                arguments("é", Character.class, 'é'),
                arguments('c', char.class, 'c'),
                arguments(5L, BigInteger.class, BigInteger.valueOf(5)),
                arguments(U64_MAX, BigInteger.class, U64_MAX),
                arguments(0.1, BigDecimal.class, new BigDecimal("0.1")),
                arguments("12.50", BigDecimal.class, new BigDecimal("12.50")),
                arguments(7L, BigDecimal.class, new BigDecimal("7")),
                arguments(U64_MAX, BigDecimal.class, new BigDecimal("18446744073709551615")),
                arguments("abc", String.class, "abc"),
                arguments(5L, Number.class, 5L),
                arguments(1.5, Object.class, 1.5));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("conversions")
    void convertsExactly(Object value, Type target, Object expected) {
        Object result = converter.convert(value, target);

        assertThat(result).isEqualTo(expected).hasSameClassAs(expected);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments(2147483648L, int.class, "cannot convert int 2147483648 to int: out of range -2147483648..2147483647"),
                arguments(-2147483649L, Integer.class, "cannot convert int -2147483649 to Integer: out of range -2147483648..2147483647"),
                arguments(128L, byte.class, "cannot convert int 128 to byte: out of range -128..127"),
                arguments(-129L, byte.class, "cannot convert int -129 to byte: out of range -128..127"),
                arguments(32768L, short.class, "cannot convert int 32768 to short: out of range -32768..32767"),
                arguments(TWO_TO_63, long.class,
                        "cannot convert int 9223372036854775808 to long: out of range -9223372036854775808..9223372036854775807"),
                arguments(U64_MAX, int.class,
                        "cannot convert int 18446744073709551615 to int: out of range -2147483648..2147483647"),
                arguments(1.5, int.class, "cannot convert float 1.5 to int"),
                arguments(2.0, long.class, "cannot convert float 2.0 to long"),
                arguments("1", int.class, "cannot convert str \"1\" to int"),
                arguments(true, int.class, "cannot convert bool true to int"),
                arguments(1L, boolean.class, "cannot convert int 1 to boolean"),
                arguments(null, int.class, "cannot convert nil to int"),
                arguments(null, boolean.class, "cannot convert nil to boolean"),
                arguments(9007199254740993L, double.class,
                        "cannot convert int 9007199254740993 to double: not exactly representable"),
                arguments(Long.MAX_VALUE, double.class,
                        "cannot convert int 9223372036854775807 to double: not exactly representable"),
                arguments(U64_MAX, double.class,
                        "cannot convert int 18446744073709551615 to double: not exactly representable"),
                arguments(16777217L, float.class, "cannot convert int 16777217 to float: not exactly representable"),
                arguments(1e300, float.class, "cannot convert float 1.0E300 to float: out of float range"),
                arguments("1.5", double.class, "cannot convert str \"1.5\" to double"),
                arguments(new byte[] {1, 2, 3}, String.class,
                        "cannot convert bin (3 bytes) to String: bin is not text, declare byte[]"),
                arguments("abc", byte[].class, "cannot convert str \"abc\" to byte[]: str is not bin, declare String"),
                arguments("ab", char.class, "cannot convert str \"ab\" to char: not exactly one character"),
                arguments("", Character.class, "cannot convert str \"\" to Character: not exactly one character"),
                arguments(65L, char.class, "cannot convert int 65 to char"),
                arguments(1.0, BigInteger.class, "cannot convert float 1.0 to BigInteger"),
                arguments(Double.NaN, BigDecimal.class, "cannot convert float NaN to BigDecimal: not a finite number"),
                arguments("12x", BigDecimal.class, "cannot convert str \"12x\" to BigDecimal: not a decimal number"),
                arguments(true, BigDecimal.class, "cannot convert bool true to BigDecimal"),
                arguments(5L, String.class, "cannot convert int 5 to String"));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("refusals")
    void refusesWhatWouldLoseOrInventData(Object value, Type target, String message) {
        assertThatThrownBy(() -> converter.convert(value, target))
                .isExactlyInstanceOf(ConversionException.class)
                .hasMessage(message)
                .extracting(e -> ((ConversionException) e).path()).isEqualTo("");
    }

    @Test
    void nilIsNullForReferences() {
        assertThat(converter.convert(null, Integer.class)).isNull();
        assertThat(converter.convert(null, String.class)).isNull();
        assertThat(converter.convert(null, byte[].class)).isNull();
    }

    @Test
    void binPassesAsTheSameArray() {
        byte[] bytes = {1, 2};

        assertThat(converter.convert(bytes, byte[].class)).isSameAs(bytes);
    }

    @Test
    void floatFromDoubleRoundsToNearest() {
        assertThat(converter.convert(0.1, float.class)).isEqualTo(0.1f);
        assertThat(converter.convert(Double.POSITIVE_INFINITY, float.class)).isEqualTo(Float.POSITIVE_INFINITY);
    }

    @Test
    void sharedIsOneInstanceAndTargetIsRequired() {
        assertThat(TypeConverter.shared()).isSameAs(TypeConverter.shared());
        assertThatThrownBy(() -> converter.convert(1L, null)).isInstanceOf(NullPointerException.class).hasMessage("target");
    }
}
