package io.zmqrpc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A wrong echo fails the run, whichever way the contender is driven, with the system's name. */
class EchoCheckTest {

    private static final String BROKEN = "truncating";

    /** Echoes all but the last byte, as a broken codec might. */
    private static final class TruncatingEcho implements EchoTarget {

        @Override
        public byte[] call(byte[] payload) {
            return Arrays.copyOf(payload, payload.length - 1);
        }

        @Override
        public CompletableFuture<byte[]> callAsync(byte[] payload) {
            return CompletableFuture.completedFuture(call(payload));
        }

        @Override
        public void close() {
            // Nothing started.
        }
    }

    private static final Contender TRUNCATING = Contender.ofTarget(BROKEN, TruncatingEcho::new);

    @Test
    void aWholeEchoPasses() {
        byte[] payload = Scenario.sequential(100).payload();
        assertThat(EchoCheck.verify("s", payload, payload.clone())).isEqualTo(payload);
        byte[] large = Scenario.sequential(65536).payload();
        assertThat(EchoCheck.verify("s", large, large.clone())).isEqualTo(large);
    }

    @Test
    void aShortEchoFails() {
        byte[] payload = Scenario.sequential(100).payload();
        assertThatThrownBy(() -> EchoCheck.verify("s", payload, Arrays.copyOf(payload, 99)))
                .isInstanceOf(EchoCheck.WrongEchoException.class)
                .hasMessage("s: wrong echo, 99 bytes back for 100 sent");
        assertThatThrownBy(() -> EchoCheck.verify("s", payload, null))
                .hasMessage("s: wrong echo, nothing back for 100 sent");
    }

    @Test
    void anEchoOfOtherBytesFails() {
        byte[] payload = Scenario.sequential(100).payload();
        byte[] other = payload.clone();
        other[50]++;
        assertThatThrownBy(() -> EchoCheck.verify("s", payload, other))
                .isInstanceOf(EchoCheck.WrongEchoException.class)
                .hasMessage("s: wrong echo, the 100 bytes back differ from those sent");
        byte[] large = Scenario.sequential(65536).payload();
        byte[] zeros = new byte[large.length];
        assertThatThrownBy(() -> EchoCheck.verify("s", large, zeros))
                .hasMessage("s: wrong echo, the 65536 bytes back differ from those sent");
    }

    @Test
    void everyPatternChecksTheEcho() throws Exception {
        try (EchoSystem system = TRUNCATING.start()) {
            for (Scenario scenario : List.of(Scenario.sequential(100), Scenario.inFlight(100, 16))) {
                assertThatThrownBy(() -> system.closedLoop(scenario, 10, Duration.ofSeconds(5).toNanos()))
                        .as(scenario.toString())
                        .isInstanceOf(EchoCheck.WrongEchoException.class)
                        .hasMessage(BROKEN + ": wrong echo, 99 bytes back for 100 sent");
            }
            OpenLoop openLoop = new OpenLoop(Duration.ofMillis(10), Duration.ofMillis(10), 100);
            assertThatThrownBy(() -> system.openLoop(openLoop, 1000))
                    .isInstanceOf(EchoCheck.WrongEchoException.class)
                    .hasMessage(BROKEN + ": wrong echo, 99 bytes back for 100 sent");
        }
    }

    @Test
    void aBrokenEchoFailsTheRun() {
        Properties props = new Properties();
        props.setProperty("bench.quick", "true");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BenchMain main = new BenchMain(BenchConfig.from(props), List.of(TRUNCATING),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThatThrownBy(main::run)
                .isInstanceOf(EchoCheck.WrongEchoException.class)
                .hasMessage(BROKEN + ": wrong echo, 99 bytes back for 100 sent");
        assertThat(out.toString(StandardCharsets.UTF_8)).as("no report of a broken run").isEmpty();
    }
}
