package io.zmqrpc.runtime.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.Pattern;
import io.zmqrpc.runtime.wire.ValueCodec;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body of a {@code _zmqrpc.health} reply, byte for byte as docs/protocol.md gives it. */
class HealthReplyBytesTest {

    @Test
    void aServingServerNamedCalcAnswersTheDocumentedNinetyThreeBytes() {
        ServerHealth serving = new ServerHealth("calc", Pattern.RPC, ServerHealth.State.SERVING, true,
                List.of("tcp://127.0.0.1:5555"), 1);
        byte[] body = ValueCodec.DEFAULT.encode(new HealthMethod(() -> serving).health());
        assertThat(HexFormat.ofDelimiter(" ").formatHex(body)).isEqualTo(
                "85 a6 73 74 61 74 75 73 a2 55 50 a8 65 6e 64 70 6f 69 6e 74 a4 63 61 6c 63 a5 73 74 61 74 65 a7 "
                + "73 65 72 76 69 6e 67 a6 63 68 65 63 6b 73 83 a7 73 65 72 76 69 6e 67 c3 a9 65 6e 64 70 6f 69 6e "
                + "74 73 c3 ad 73 6f 63 6b 65 74 2d 74 68 72 65 61 64 c3 a9 69 6e 2d 66 6c 69 67 68 74 01");
        assertThat(body).hasSize(93);
    }
}
