package io.zmqrpc.runtime.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.Pattern;
import io.zmqrpc.observe.Side;
import io.zmqrpc.testing.Loopback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

/** The {@code zmqrpc.Call} JFR event: off unless a recording turns it on, then one per call on each side. */
class CallEventTest {

    @Test
    void aRecordingWithTheEventOnGetsOnePerCallOnEachSide() throws Exception {
        Observation unobserved = new Observation(Side.SERVER, Pattern.RPC, "x", List.of(), List::of);
        assertThat(unobserved.active()).as("no recording").isFalse();
        Path file = Files.createTempFile("zmqrpc-call", ".jfr");
        try (Loopback loop = Loopback.serve(new Calls()); Recording recording = new Recording()) {
            recording.enable("zmqrpc.Call");
            recording.start();
            assertThat(unobserved.active()).as("a recording wants the event").isTrue();
            assertThat(loop.client().call(Integer.class, "add", 2, 3)).isEqualTo(5);
            try {
                loop.client().call("missing");
            } catch (RuntimeException expected) {
                // its event is the point
            }
            recording.stop();
            recording.dump(file);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals("zmqrpc.Call"))
                .sorted(Comparator.comparing((RecordedEvent e) -> e.getString("method"))
                        .thenComparing(e -> e.getString("side")))
                .toList();
        Files.delete(file);
        assertThat(events).hasSize(4);
        assertThat(events).extracting(e -> e.getString("method") + " " + e.getString("side") + " "
                + e.getString("pattern") + " " + e.getString("endpoint") + " " + e.getString("outcome") + " "
                + e.getString("errorType") + " " + e.getLong("requestBytes") + " " + e.getLong("replyBytes"))
                .containsExactly(
                        "add CLIENT RPC test-client OK null 4 1",
                        "add SERVER RPC test-server OK null 4 1",
                        "missing CLIENT RPC test-client ERROR aiozmq.rpc.base.NotFoundError 2 " + replyOf(events, 2),
                        "missing SERVER RPC test-server ERROR aiozmq.rpc.base.NotFoundError 2 " + replyOf(events, 3));
        assertThat(events.get(0).getDuration()).isPositive();
        assertThat(events.get(1).getLong("queued")).isNotNegative();
        assertThat(new Observation(Side.SERVER, Pattern.RPC, "x", List.of(), List::of).active())
                .as("the recording stopped").isFalse();
    }

    private static long replyOf(List<RecordedEvent> events, int i) {
        long bytes = events.get(i).getLong("replyBytes");
        assertThat(bytes).as("an error triple").isPositive();
        return bytes;
    }
}
