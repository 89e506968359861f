package io.zmqrpc.cdi.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpinTest {

    private static Settings settings(Map<String, String> keys) {
        return MapSettings.of("zmqrpc.server.Calc", keys);
    }

    @Test
    void theKeyTakesMicrosecondsIsoAndPlaceholders() {
        List<String> problems = new ArrayList<>();
        assertThat(Spin.read(settings(Map.of("zmqrpc.server.Calc.spin", "100us")), problems))
                .contains(Duration.ofNanos(100_000));
        assertThat(Spin.read(settings(Map.of("zmqrpc.server.Calc.spin", "${spin}", "spin", "PT0.00005S")), problems))
                .contains(Duration.ofNanos(50_000));
        assertThat(Spin.read(settings(Map.of("zmqrpc.server.Calc.spin", "10ms")), problems))
                .contains(Duration.ofMillis(10));
        assertThat(problems).isEmpty();
    }

    @Test
    void unsetIsTheDefault() {
        List<String> problems = new ArrayList<>();
        assertThat(Spin.read(settings(Map.of()), problems)).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void badValuesAreReportedNamingTheKey() {
        List<String> problems = new ArrayList<>();
        assertThat(Spin.read(settings(Map.of("zmqrpc.server.Calc.spin", "11ms")), problems)).isEmpty();
        assertThat(Spin.read(settings(Map.of("zmqrpc.server.Calc.spin", "PT-1S")), problems)).isEmpty();
        assertThat(Spin.read(settings(Map.of("zmqrpc.server.Calc.spin", "fast")), problems)).isEmpty();
        assertThat(problems).containsExactly(
                "zmqrpc.server.Calc.spin must be between 0 and 10ms, got '11ms'",
                "zmqrpc.server.Calc.spin must be between 0 and 10ms, got 'PT-1S'",
                "zmqrpc.server.Calc.spin: bad duration 'fast': write ISO-8601 (PT5S) or a number with a unit "
                        + "(100us, 500ms, 5s, 2m, 1h)");
    }
}
