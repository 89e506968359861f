package io.zmqrpc.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values that cannot be sent fail before any byte is produced, naming the path of the culprit. */
class UnencodableValueTest {

    private static final ValueCodec CODEC = ValueCodec.DEFAULT;

    /** A record as users send them: its field names are the path segments. */
    public record Order(String id, List<Object> lines) {
    }

    @Test
    void integerMapKeysCannotReachAPythonPeer() {
        Map<Integer, String> byNumber = new LinkedHashMap<>();
        byNumber.put(1, "one");

        assertThatThrownBy(() -> CODEC.encodeArgs(List.of("x", Map.of("nested", byNumber))))
                .isInstanceOf(UnencodableValueException.class)
                .hasMessage("map key of type java.lang.Integer (1) cannot reach a Python peer, whose msgpack accepts "
                        + "only str and bytes keys: use String keys at args[1].nested")
                .extracting(e -> ((UnencodableValueException) e).path()).isEqualTo("args[1].nested");
    }

    @Test
    void unsupportedTypeNamesThePathThroughRecordsAndLists() {
        Order order = new Order("o-1", List.of("a", "b", new Object()));

        assertThatThrownBy(() -> CODEC.encodeArgs(List.of(order)))
                .isInstanceOf(UnencodableValueException.class)
                .hasMessageStartingWith("unsupported type java.lang.Object")
                .hasMessageEndingWith(" at args[0].lines[2]");
    }

    @Test
    void cycleIsRefusedWithItsPath() {
        List<Object> loop = new ArrayList<>();
        loop.add(1);
        loop.add(loop);
        Map<String, Object> kwargs = Map.of("data", loop);

        assertThatThrownBy(() -> CODEC.encodeKwargs(kwargs))
                .isInstanceOf(UnencodableValueException.class)
                .hasMessage("cycle: a java.util.ArrayList contains itself at kwargs.data[1]");
    }

    @Test
    void theEncoderRecoversAfterAFailure() {
        assertThatThrownBy(() -> CODEC.encode(List.of(1, List.of(2, new Object()))))
                .isInstanceOf(UnencodableValueException.class);

        assertThat(Hex.of(CODEC.encode(List.of(1, 2)))).isEqualTo("920102");
    }
}
