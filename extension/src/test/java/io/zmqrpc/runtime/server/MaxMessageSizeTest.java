package io.zmqrpc.runtime.server;

import static io.zmqrpc.runtime.server.RawDealer.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.runtime.server.fixtures.Failing;
import io.zmqrpc.runtime.wire.ValueCodec;
import io.zmqrpc.testing.Loopback;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A message above maxMessageSize is refused by the socket; the server keeps serving. */
class MaxMessageSizeTest {

    @Test
    void oversizedMessageIsRefusedAndServingGoesOn() throws InterruptedException {
        try (Loopback loop = Loopback.serve(new Failing(), s -> s.maxMessageSize(1024), c -> c);
                RawDealer raw = new RawDealer(loop.endpoint())) {
            byte[] bigArgs = ValueCodec.DEFAULT.encodeArgs(List.of(new byte[4096], 1));

            raw.send(raw.header(), utf8("add"), bigArgs, ValueCodec.DEFAULT.encodeKwargs(Map.of()));

            assertThat(raw.receive(Duration.ofMillis(500))).isNull();
            assertThat(loop.client().call(Long.class, "add", 1, 2)).isEqualTo(3L);
            InFlight.awaitZero(loop.server());
            // The offending peer reconnects and is served again when it behaves. What it sends before
            // ZeroMQ has noticed the dropped connection goes down the dead pipe, so it tries again.
            byte[][] reply = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (reply == null && System.nanoTime() < deadline) {
                raw.send(raw.header(), utf8("add"), ValueCodec.DEFAULT.encodeArgs(List.of(2, 2)),
                        ValueCodec.DEFAULT.encodeKwargs(Map.of()));
                reply = raw.receive(Duration.ofSeconds(1));
            }
            assertThat(reply).isNotNull();
            assertThat(ValueCodec.DEFAULT.decode(reply[1])).isEqualTo(4L);
        }
    }
}
