package io.zmqrpc.runtime.convert;

import static io.zmqrpc.runtime.convert.Fixtures.list;
import static io.zmqrpc.runtime.convert.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.zmqrpc.runtime.convert.Fixtures.Line;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContainerConversionTest {

    private final TypeConverter converter = new TypeConverter();

    static Stream<Arguments> collections() {
        return Stream.of(
                arguments(new TypeRef<List<Integer>>() { }.type, ArrayList.class, List.of(3, 1, 3)),
                arguments(new TypeRef<Collection<Integer>>() { }.type, ArrayList.class, List.of(3, 1, 3)),
                arguments(new TypeRef<Iterable<Integer>>() { }.type, ArrayList.class, List.of(3, 1, 3)),
                arguments(new TypeRef<ArrayList<Integer>>() { }.type, ArrayList.class, List.of(3, 1, 3)),
                arguments(new TypeRef<Set<Integer>>() { }.type, LinkedHashSet.class, List.of(3, 1)),
                arguments(new TypeRef<HashSet<Integer>>() { }.type, LinkedHashSet.class, List.of(3, 1)),
                arguments(new TypeRef<LinkedHashSet<Integer>>() { }.type, LinkedHashSet.class, List.of(3, 1)),
                arguments(new TypeRef<SortedSet<Integer>>() { }.type, TreeSet.class, List.of(1, 3)),
                arguments(new TypeRef<NavigableSet<Integer>>() { }.type, TreeSet.class, List.of(1, 3)),
                arguments(new TypeRef<TreeSet<Integer>>() { }.type, TreeSet.class, List.of(1, 3)),
                arguments(new TypeRef<Queue<Integer>>() { }.type, ArrayDeque.class, List.of(3, 1, 3)),
                arguments(new TypeRef<Deque<Integer>>() { }.type, ArrayDeque.class, List.of(3, 1, 3)),
                arguments(new TypeRef<ArrayDeque<Integer>>() { }.type, ArrayDeque.class, List.of(3, 1, 3)),
                arguments(Set.class, LinkedHashSet.class, List.of(3L, 1L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void arrayBecomesNewCollectionOfConvertedElements(Type target, Class<?> concrete, List<Object> expected) {
        Object result = converter.convert(list(3L, 1L, 3L), target);

        assertThat(result).isExactlyInstanceOf(concrete);
        assertThat(new ArrayList<Object>((Collection<?>) result)).containsExactlyElementsOf(expected);
    }

    @Test
    void listsThatNeedNoConversionPassAsIs() {
        List<Object> decoded = list(1L, "a");

        assertThat(converter.convert(decoded, List.class)).isSameAs(decoded);
        assertThat(converter.convert(decoded, new TypeRef<List<Object>>() { }.type)).isSameAs(decoded);
        assertThat(converter.convert(decoded, new TypeRef<List<?>>() { }.type)).isSameAs(decoded);
    }

    @Test
    void wildcardsConvertToTheirUpperBound() {
        assertThat(converter.convert(list(1L, 2.5), new TypeRef<List<? extends Number>>() { }.type))
                .isEqualTo(List.of(1L, 2.5));
        assertThat(converter.convert(list("a"), new TypeRef<List<? super Integer>>() { }.type))
                .isEqualTo(List.of("a"));
        assertThatThrownBy(() -> converter.convert(list(1L), new TypeRef<List<? extends Line>>() { }.type))
                .hasMessage("cannot convert int 1 to Line at [0]");
    }

    static Stream<Arguments> maps() {
        return Stream.of(
                arguments(new TypeRef<Map<String, Integer>>() { }.type, LinkedHashMap.class),
                arguments(new TypeRef<HashMap<String, Integer>>() { }.type, LinkedHashMap.class),
                arguments(new TypeRef<LinkedHashMap<String, Integer>>() { }.type, LinkedHashMap.class),
                arguments(new TypeRef<SortedMap<String, Integer>>() { }.type, TreeMap.class),
                arguments(new TypeRef<NavigableMap<String, Integer>>() { }.type, TreeMap.class),
                arguments(new TypeRef<TreeMap<String, Integer>>() { }.type, TreeMap.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void mapBecomesNewMapWithConvertedKeysAndValues(Type target, Class<?> concrete) {
        Object result = converter.convert(map("b", 2L, "a", 1L), target);

        assertThat(result).isExactlyInstanceOf(concrete).isEqualTo(Map.of("a", 1, "b", 2));
    }

    @Test
    void mapKeysConvertToo() {
        Object result = converter.convert(map(1L, "one", 2L, "two"), new TypeRef<Map<Integer, String>>() { }.type);

        assertThat(result).isEqualTo(Map.of(1, "one", 2, "two"));
    }

    @Test
    void nestedGenericsConvertAllTheWayDown() {
        Object decoded = map("A1", list(map("sku", "x", "qty", 2L, "price", 1.25)), "B2", list());

        Object result = converter.convert(decoded, new TypeRef<Map<String, List<Line>>>() { }.type);

        assertThat(result).isEqualTo(Map.of(
                "A1", List.of(new Line("x", 2, new BigDecimal("1.25"))),
                "B2", List.of()));
    }

    static Stream<Arguments> arrays() {
        return Stream.of(
                arguments(int[].class, list(1L, -2L), new int[] {1, -2}),
                arguments(long[].class, list(1L, Long.MAX_VALUE), new long[] {1, Long.MAX_VALUE}),
                arguments(short[].class, list(7L), new short[] {7}),
                arguments(double[].class, list(1.5, 2L), new double[] {1.5, 2.0}),
                arguments(float[].class, list(0.5), new float[] {0.5f}),
                arguments(boolean[].class, list(true, false), new boolean[] {true, false}),
                arguments(char[].class, list("a", "b"), new char[] {'a', 'b'}),
                arguments(String[].class, list("a", null), new String[] {"a", null}),
                arguments(Integer[].class, list(1L), new Integer[] {1}),
                arguments(int[][].class, list(list(1L), list()), new int[][] {{1}, {}}),
                arguments(Line[].class, list(map("sku", "s", "qty", 1L)), new Line[] {new Line("s", 1, null)}),
                arguments(new TypeRef<List<String>[]>() { }.type, list(list("a")), new List<?>[] {List.of("a")}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrays")
    void arrayBecomesJavaArray(Type target, List<Object> decoded, Object expected) {
        Object result = converter.convert(decoded, target);

        assertThat(result).hasSameClassAs(expected).isEqualTo(expected);
    }

    static Stream<Arguments> optionals() {
        return Stream.of(
                arguments(new TypeRef<Optional<Integer>>() { }.type, 5L, Optional.of(5)),
                arguments(new TypeRef<Optional<Integer>>() { }.type, null, Optional.empty()),
                arguments(Optional.class, "x", Optional.of("x")),
                arguments(OptionalInt.class, 5L, OptionalInt.of(5)),
                arguments(OptionalInt.class, null, OptionalInt.empty()),
                arguments(OptionalLong.class, Long.MIN_VALUE, OptionalLong.of(Long.MIN_VALUE)),
                arguments(OptionalLong.class, null, OptionalLong.empty()),
                arguments(OptionalDouble.class, 2L, OptionalDouble.of(2.0)),
                arguments(OptionalDouble.class, null, OptionalDouble.empty()));
    }

    @ParameterizedTest(name = "{1} to {0}")
    @MethodSource("optionals")
    void optionalsAreEmptyForNil(Type target, Object decoded, Object expected) {
        assertThat(converter.convert(decoded, target)).isEqualTo(expected);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                arguments(new TypeRef<List<Integer>>() { }.type, list(1L, "x"),
                        "cannot convert str \"x\" to Integer at [1]", "[1]"),
                arguments(new TypeRef<List<String>>() { }.type, map("a", 1L),
                        "cannot convert map (1 entry) to List<String>", ""),
                arguments(new TypeRef<Map<String, List<Integer>>>() { }.type, map("a", list(1L, "x")),
                        "cannot convert str \"x\" to Integer at [\"a\"][1]", "[\"a\"][1]"),
                arguments(new TypeRef<Map<Integer, String>>() { }.type, map("k", "v"),
                        "cannot convert str \"k\" to Integer at [key \"k\"]", "[key \"k\"]"),
                arguments(new TypeRef<Map<String, Integer>>() { }.type, list(),
                        "cannot convert array (0 items) to Map<String, Integer>", ""),
                arguments(new TypeRef<Deque<String>>() { }.type, list("a", null),
                        "cannot convert array (2 items) to Deque<String>: item [1] (nil) is not accepted by ArrayDeque", ""),
                arguments(SortedSet.class, list("a", 1L),
                        "cannot convert array (2 items) to SortedSet: item [1] (int 1) is not accepted by TreeSet", ""),
                arguments(SortedMap.class, map("a", 1L, 2L, 3L),
                        "cannot convert map (2 entries) to SortedMap: key 2 is not accepted by TreeMap", ""),
                arguments(int[].class, list(1L, null), "cannot convert nil to int at [1]", "[1]"),
                arguments(int[][].class, list(list(), list(1L, 2147483648L)),
                        "cannot convert int 2147483648 to int at [1][1]: out of range -2147483648..2147483647", "[1][1]"),
                arguments(String[].class, "abc", "cannot convert str \"abc\" to String[]", ""),
                arguments(new TypeRef<Optional<Integer>>() { }.type, "x", "cannot convert str \"x\" to Integer", ""),
                arguments(OptionalInt.class, Long.MAX_VALUE,
                        "cannot convert int 9223372036854775807 to OptionalInt: out of range -2147483648..2147483647", ""));
    }

    @ParameterizedTest(name = "{1} to {0}")
    @MethodSource("failures")
    void failuresNameThePathInside(Type target, Object decoded, String message, String path) {
        assertThatThrownBy(() -> converter.convert(decoded, target))
                .isExactlyInstanceOf(ConversionException.class)
                .hasMessage(message)
                .extracting(e -> ((ConversionException) e).path()).isEqualTo(path);
    }

    <T extends Number> void boundedGeneric(T number) {
    }

    <T> void unboundedGeneric(T anything) {
    }

    @Test
    void typeVariablesConvertToTheirBound() throws NoSuchMethodException {
        Type bounded = getClass().getDeclaredMethod("boundedGeneric", Number.class).getGenericParameterTypes()[0];

        assertThat(converter.convert(5L, bounded)).isEqualTo(5L);
        assertThatThrownBy(() -> converter.convert("x", bounded))
                .hasMessage("cannot convert str \"x\" to Number: unsupported target type");
    }

    @Test
    void unboundedTypeVariableTakesAnyValueAsIs() throws NoSuchMethodException {
        Type unbounded = getClass().getDeclaredMethod("unboundedGeneric", Object.class).getGenericParameterTypes()[0];
        Object decoded = map("a", list(1L));

        assertThat(converter.convert(decoded, unbounded)).isSameAs(decoded);
    }
}
