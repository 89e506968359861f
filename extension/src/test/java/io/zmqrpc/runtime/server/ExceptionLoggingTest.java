package io.zmqrpc.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.runtime.server.fixtures.Failing;
import io.zmqrpc.testing.LogCapture;
import io.zmqrpc.testing.Loopback;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** Handler exceptions are logged when asked, except the excluded types. */
class ExceptionLoggingTest {

    @Test
    void loggedWhenOnExceptExcludedTypes() {
        try (LogCapture log = LogCapture.of(CallRunner.class);
                Loopback loop = Loopback.serve(new Failing(),
                        s -> s.logExceptions(true).excludeLogExceptions(IllegalArgumentException.class), c -> c)) {
            assertThatThrownBy(() -> loop.client().call("invalid", "not logged")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> loop.client().call("state")).isInstanceOf(IllegalStateException.class);

            assertThat(log.records()).hasSize(1);
            assertThat(log.records().get(0).getLevel()).isEqualTo(Level.WARNING);
            assertThat(log.messages()).containsExactly(
                    "zmqrpc test-server: call state raised java.lang.IllegalStateException: boom");
            assertThat(log.records().get(0).getThrown()).isExactlyInstanceOf(IllegalStateException.class).hasMessage("boom");
        }
    }

    @Test
    void notLoggedByDefault() {
        try (LogCapture log = LogCapture.of(CallRunner.class); Loopback loop = Loopback.serve(new Failing())) {
            assertThatThrownBy(() -> loop.client().call("state")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> loop.client().call("invalid", "x")).isInstanceOf(IllegalArgumentException.class);

            assertThat(log.records()).isEmpty();
        }
    }
}
