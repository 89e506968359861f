package io.zmqrpc.runtime.convert;

import static io.zmqrpc.runtime.convert.Fixtures.list;
import static io.zmqrpc.runtime.convert.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.zmqrpc.ExtValue;
import io.zmqrpc.runtime.convert.Fixtures.Line;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConversionExceptionTest {

    private final TypeConverter converter = new TypeConverter();

    static Stream<Arguments> received() {
        return Stream.of(
                arguments(true, "bool true"),
                arguments(-3L, "int -3"),
                arguments(2.5, "float 2.5"),
                arguments("a\"b\\c\nd\u0001", "str \"a\\\"b\\\\c\\nd\\u0001\""),
                arguments("x".repeat(100), "str \"" + "x".repeat(40) + "\"..."),
                arguments("x".repeat(39) + "\uD83D\uDE00" + "y", "str \"" + "x".repeat(39) + "\"..."),
                arguments(new byte[1], "bin (1 byte)"),
                arguments(list(1L, 2L), "array (2 items)"),
                arguments(map("a", 1L), "map (1 entry)"),
                arguments(new ExtValue((byte) 5, new byte[3]), "ext 5 (3 bytes)"),
                arguments(LocalDate.of(2024, 5, 1), "LocalDate 2024-05-01"),
                arguments(new Line("secret", 1, null), "Line"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("received")
    void receivedValuesAreDescribedByKindAndShortly(Object value, String description) {
        assertThatThrownBy(() -> converter.convert(value, Thread.class))
                .hasMessage("cannot convert " + description + " to Thread: unsupported target type");
    }

    @Test
    void nilToAReferenceIsNullEvenForUnsupportedTypes() {
        assertThat(converter.convert(null, Thread.class)).isNull();
    }

    @Test
    void pathSegmentsJoinAsTheyWouldBeWritten() {
        ConversionException leaf = ConversionException.cannotConvert("abc", int.class);

        ConversionException outer = leaf.under("qty").under("[2]").under("items").under("order");

        assertThat(leaf.path()).isEmpty();
        assertThat(leaf.getMessage()).isEqualTo("cannot convert str \"abc\" to int");
        assertThat(outer.path()).isEqualTo("order.items[2].qty");
        assertThat(outer.getMessage()).isEqualTo("cannot convert str \"abc\" to int at order.items[2].qty");
        assertThat(outer.getStackTrace()).isEqualTo(leaf.getStackTrace());
    }

    @Test
    void detailComesAfterThePath() {
        ConversionException e = ConversionException.cannotConvert(300L, byte.class, "out of range -128..127").under("b");

        assertThat(e).hasMessage("cannot convert int 300 to byte at b: out of range -128..127")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void targetTypesAreNamedShortlyWithTheirGenerics() {
        assertThat(Types.name(new TypeRef<java.util.Map<String, java.util.List<Line>>>() { }.type))
                .isEqualTo("Map<String, List<Line>>");
        assertThat(Types.name(new TypeRef<java.util.List<? extends Number>[]>() { }.type))
                .isEqualTo("List<? extends Number>[]");
        assertThat(Types.name(new TypeRef<java.util.List<? super Integer>>() { }.type)).isEqualTo("List<? super Integer>");
        assertThat(Types.name(int[][].class)).isEqualTo("int[][]");
    }
}
