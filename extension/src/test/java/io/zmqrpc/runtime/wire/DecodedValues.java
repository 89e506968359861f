package io.zmqrpc.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares a decoded value with an expected one exactly: same classes at every level ({@code Long}
 * is not {@code Integer}), byte arrays by content, maps in the same order.
 */
final class DecodedValues {

    private DecodedValues() {
    }

    static void assertSame(Object actual, Object expected) {
        assertSame(actual, expected, "value");
    }

    private static void assertSame(Object actual, Object expected, String path) {
        if (expected == null) {
            assertThat(actual).as(path).isNull();
            return;
        }
        assertThat(actual).as(path).isNotNull();
        if (expected instanceof byte[] bytes) {
            assertThat(actual).as(path).isInstanceOf(byte[].class);
            assertThat(Arrays.equals((byte[]) actual, bytes)).as(path + " = " + Hex.of(bytes)).isTrue();
        } else if (expected instanceof List<?> list) {
            assertThat(actual).as(path).isInstanceOf(List.class);
            List<?> got = (List<?>) actual;
            assertThat(got).as(path).hasSize(list.size());
            for (int i = 0; i < list.size(); i++) {
                assertSame(got.get(i), list.get(i), path + "[" + i + "]");
            }
        } else if (expected instanceof Map<?, ?> map) {
            assertThat(actual).as(path).isInstanceOf(Map.class);
            Map<?, ?> got = (Map<?, ?>) actual;
            assertThat(List.copyOf(got.keySet())).as(path + " keys in order").isEqualTo(List.copyOf(map.keySet()));
            Iterator<?> values = got.values().iterator();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                assertSame(values.next(), e.getValue(), path + "." + e.getKey());
            }
        } else {
            assertThat(actual).as(path).isExactlyInstanceOf(expected.getClass()).isEqualTo(expected);
        }
    }
}
