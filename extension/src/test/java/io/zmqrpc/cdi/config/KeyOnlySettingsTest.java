package io.zmqrpc.cdi.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings only keys give: a count ({@code max-pending-calls}) and a duration ({@code handshake-recovery}). */
class KeyOnlySettingsTest {

    private static Settings settings(Map<String, String> keys) {
        return MapSettings.of("zmqrpc.client.Calc", keys);
    }

    @Test
    void aCountIsAPositiveWholeNumberWithPlaceholders() {
        assertThat(settings(Map.of("zmqrpc.client.Calc.max-pending-calls", "2")).count("max-pending-calls")).contains(2);
        assertThat(settings(Map.of("zmqrpc.client.Calc.max-pending-calls", "${pending}", "pending", " 2147483647 "))
                .count("max-pending-calls")).contains(Integer.MAX_VALUE);
        assertThat(settings(Map.of()).count("max-pending-calls")).isEmpty();
    }

    @Test
    void aBadCountIsRefusedNamingTheKey() {
        for (String bad : new String[] {"0", "-3", "lots", "2147483648", "1.5"}) {
            assertThatThrownBy(() -> settings(Map.of("zmqrpc.client.Calc.max-pending-calls", bad)).count("max-pending-calls"))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("zmqrpc.client.Calc.max-pending-calls must be a whole number from 1 to 2147483647, got '"
                            + bad + "'");
        }
    }

    @Test
    void aDurationIsZeroOrMoreAndAtMostItsBound() {
        Settings keys = settings(Map.of("zmqrpc.client.Calc.handshake-recovery", "250ms", "zmqrpc.client.Calc.off", "0ms",
                "zmqrpc.client.Calc.iso", "PT0.3S"));
        assertThat(keys.duration("handshake-recovery", null)).contains(Duration.ofMillis(250));
        assertThat(keys.duration("off", null)).contains(Duration.ZERO);
        assertThat(keys.duration("iso", Duration.ofMillis(300))).contains(Duration.ofMillis(300));
        assertThat(keys.duration("unset", null)).isEmpty();
    }

    @Test
    void aBadDurationIsRefusedNamingTheKey() {
        Settings keys = settings(Map.of("zmqrpc.client.Calc.handshake-recovery", "PT-1S", "zmqrpc.client.Calc.soon", "soon",
                "zmqrpc.client.Calc.long", "301ms"));
        assertThatThrownBy(() -> keys.duration("handshake-recovery", null)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("zmqrpc.client.Calc.handshake-recovery must not be negative, got 'PT-1S'");
        assertThatThrownBy(() -> keys.duration("soon", null)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("zmqrpc.client.Calc.soon: bad duration 'soon': write ISO-8601 (PT5S) or a number with a unit "
                        + "(100us, 500ms, 5s, 2m, 1h)");
        assertThatThrownBy(() -> keys.duration("long", Duration.ofMillis(300))).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("zmqrpc.client.Calc.long must be between 0 and 300ms, got '301ms'");
    }
}
