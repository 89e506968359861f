package io.zmqrpc.cdi.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.transport.ZmtpHeartbeat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

    private static Settings settings(Map<String, String> keys) {
        return MapSettings.of("zmqrpc.client.Calc", keys);
    }

    @Test
    void keysOverrideAttributesAndResolvePlaceholders() {
        List<String> problems = new ArrayList<>();
        Optional<Heartbeat> heartbeat = Heartbeat.read(settings(Map.of(
                "zmqrpc.client.Calc.heartbeat.interval", "${hb.every}", "hb.every", "2s",
                "zmqrpc.client.Calc.heartbeat.ttl", "PT30S")), "10s", "15s", "", problems);
        assertThat(problems).isEmpty();
        assertThat(heartbeat).contains(new Heartbeat(Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofSeconds(30)));
        ClientOptions.Builder options = ClientOptions.builder().connect("tcp://127.0.0.1:5555");
        heartbeat.orElseThrow().applyTo(options);
        assertThat(options.build().socket().heartbeat()).isEqualTo(new ZmtpHeartbeat(
                Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofSeconds(30)));
    }

    @Test
    void noneSetIsNoHeartbeat() {
        List<String> problems = new ArrayList<>();
        assertThat(Heartbeat.read(settings(Map.of()), "", "", "", problems)).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyProblemIsReported() {
        List<String> problems = new ArrayList<>();
        assertThat(Heartbeat.read(settings(Map.of()), "0s", "soon", "", problems)).isEmpty();
        assertThat(problems).containsExactly("heartbeat.interval must be positive, got '0s'",
                "bad duration 'soon': write ISO-8601 (PT5S) or a number with a unit (100us, 500ms, 5s, 2m, 1h)");
    }
}
