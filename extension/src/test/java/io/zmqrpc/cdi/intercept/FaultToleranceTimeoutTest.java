package io.zmqrpc.cdi.intercept;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cdi.config.ConfigLookup;
import io.zmqrpc.cdi.config.MapLookup;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

/**
 * A Fault Tolerance {@code @Timeout} on a client method or its interface, read by name, with the
 * configuration overrides Fault Tolerance applies, most specific first.
 */
class FaultToleranceTimeoutTest {

    /** A client interface with timeouts at both levels. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    interface Timed {
        @Timeout(250)
        String quick();

        String inherited();
    }

    /** No timeout anywhere. */
    interface Untimed {
        String call();
    }

    private static Optional<Duration> of(Class<?> type, String method, Map<String, String> keys) throws Exception {
        ConfigLookup config = MapLookup.of(keys);
        return FaultToleranceTimeout.of(type, type.getMethod(method), config);
    }

    @Test
    void methodThenInterfaceAnnotation() throws Exception {
        assertThat(of(Timed.class, "quick", Map.of())).contains(Duration.ofMillis(250));
        assertThat(of(Timed.class, "inherited", Map.of())).contains(Duration.ofSeconds(2));
        assertThat(of(Untimed.class, "call", Map.of())).isEmpty();
    }

    @Test
    void configurationOverridesMostSpecificFirst() throws Exception {
        String type = Timed.class.getName();
        assertThat(of(Timed.class, "quick", Map.of(type + "/quick/Timeout/value", "40",
                type + "/Timeout/value", "50", "Timeout/value", "60"))).contains(Duration.ofMillis(40));
        assertThat(of(Timed.class, "quick", Map.of(type + "/Timeout/value", "50", "Timeout/value", "60")))
                .contains(Duration.ofMillis(50));
        assertThat(of(Timed.class, "quick", Map.of("Timeout/value", "60"))).contains(Duration.ofMillis(60));
        assertThat(of(Timed.class, "inherited", Map.of(type + "/inherited/Timeout/unit", "MILLIS")))
                .contains(Duration.ofMillis(2));
    }

    @Test
    void zeroMeansNoTimeout() throws Exception {
        assertThat(of(Timed.class, "quick", Map.of("Timeout/value", "0"))).isEmpty();
    }
}
