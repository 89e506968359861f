package io.zmqrpc.runtime.wire;

import static io.zmqrpc.runtime.wire.DecodedValues.assertSame;
import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.ExtValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Containers, ext values and the exact classes of untyped decoding. */
class ValueCodecContainersTest {

    private static final ValueCodec CODEC = ValueCodec.DEFAULT;

    @Test
    void listsArraysAndPrimitiveArraysAreMsgpackArrays() {
        assertThat(Hex.of(CODEC.encode(List.of(1, "a")))).isEqualTo("9201a161");
        assertThat(Hex.of(CODEC.encode(new Object[] {1, "a"}))).isEqualTo("9201a161");
        assertThat(Hex.of(CODEC.encode(new String[] {"a", "b"}))).isEqualTo("92a161a162");
        assertThat(Hex.of(CODEC.encode(new int[] {1, 300}))).isEqualTo("9201cd012c");
        assertThat(Hex.of(CODEC.encode(new long[] {-1}))).isEqualTo("91ff");
        assertThat(Hex.of(CODEC.encode(new double[] {1.5}))).isEqualTo("91cb3ff8000000000000");
        assertThat(Hex.of(CODEC.encode(new boolean[] {true, false}))).isEqualTo("92c3c2");
        assertThat(Hex.of(CODEC.encode(List.of()))).isEqualTo("90");
        assertSame(CODEC.decode(Hex.bytes("9201a161")), List.of(1L, "a"));
    }

    @Test
    void arrayAndMapHeaderBoundaries() {
        List<Integer> sixteen = IntStream.range(0, 16).boxed().toList();
        Map<String, Object> sixteenKeys = new LinkedHashMap<>();
        sixteen.forEach(i -> sixteenKeys.put(Integer.toHexString(i), i));

        assertThat(Hex.of(CODEC.encode(sixteen.subList(0, 15)))).startsWith("9f00");
        assertThat(Hex.of(CODEC.encode(sixteen))).startsWith("dc001000");
        assertThat(Hex.of(CODEC.encode(sixteenKeys))).startsWith("de0010a13000");
        assertSame(CODEC.decode(CODEC.encode(sixteenKeys)), sixteenKeys.entrySet().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), (long) (int) e.getValue()), Map::putAll));
    }

    @Test
    void mapsKeepTheirOrderBothWays() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("z", 1L);
        ordered.put("a", 2L);
        ordered.put("m", 3L);

        byte[] bytes = CODEC.encode(ordered);

        assertThat(Hex.of(bytes)).isEqualTo("83a17a01a16102a16d03");
        Object decoded = CODEC.decode(bytes);
        assertThat(decoded).isExactlyInstanceOf(LinkedHashMap.class);
        assertSame(decoded, ordered);
    }

    @Test
    void nestedContainers() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("bin", new byte[] {1});
        inner.put("list", List.of(List.of(), Map.of()));
        List<Object> value = Arrays.asList(inner, List.of(List.of(List.of(7L))), null);

        byte[] bytes = CODEC.encode(value);

        assertThat(Hex.of(bytes)).isEqualTo("93" + "82a362696ec40101a46c697374929080" + "91919107" + "c0");
        assertSame(CODEC.decode(bytes), value);
    }

    @Test
    void unknownExtCodeBecomesAnExtValueAndTravelsBackUnchanged() {
        byte[] fixExt = Hex.bytes("d40501");
        byte[] ext8 = Hex.bytes("c703" + "16" + "010203");

        Object one = CODEC.decode(fixExt);
        Object three = CODEC.decode(ext8);

        assertThat(one).isEqualTo(new ExtValue((byte) 5, new byte[] {1}));
        assertThat(three).isEqualTo(new ExtValue((byte) 22, new byte[] {1, 2, 3}));
        assertThat(CODEC.encode(one)).isEqualTo(fixExt);
        assertThat(CODEC.encode(three)).isEqualTo(ext8);
        assertThat(Hex.of(CODEC.encode(List.of(one)))).isEqualTo("91d40501");
    }

    @Test
    void untypedDecodingGivesExactlyTheseClasses() {
        byte[] bytes = Hex.bytes("99" + "c0" + "c3" + "2a" + "cb3ff8000000000000" + "a161" + "c40101" + "9101"
                + "81a16101" + "ca3f800000");

        List<?> decoded = (List<?>) CODEC.decode(bytes);

        assertThat(decoded).isExactlyInstanceOf(ArrayList.class);
        assertThat(decoded.get(0)).isNull();
        assertThat(decoded.get(1)).isExactlyInstanceOf(Boolean.class);
        assertThat(decoded.get(2)).isExactlyInstanceOf(Long.class);
        assertThat(decoded.get(3)).isExactlyInstanceOf(Double.class);
        assertThat(decoded.get(4)).isExactlyInstanceOf(String.class);
        assertThat(decoded.get(5)).isExactlyInstanceOf(byte[].class);
        assertThat(decoded.get(6)).isExactlyInstanceOf(ArrayList.class);
        assertThat(decoded.get(7)).isExactlyInstanceOf(LinkedHashMap.class);
        assertThat(decoded.get(8)).isExactlyInstanceOf(Double.class).isEqualTo(1.0);
    }
}
