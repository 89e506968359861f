package io.zmqrpc.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.server.fixtures.Failing;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Where a server listens, what it says when it cannot, and options refused up front. */
class EndpointsAndOptionsTest {

    @Test
    void wildcardPortIsReportedAsTheRealPort() {
        RpcServer server = ZmqRpc.serveRpc(new Failing(), ServerOptions.bind("tcp://127.0.0.1:*"));
        try {
            assertThat(server.endpoints()).hasSize(1);
            assertThat(server.endpoints().get(0)).matches("tcp://127\\.0\\.0\\.1:[1-9][0-9]*");
        } finally {
            server.close();
        }
    }

    @Test
    void bindingAPortInUseFailsNamingTheAddress() {
        RpcServer first = ZmqRpc.serveRpc(new Failing(), ServerOptions.bind("tcp://127.0.0.1:*"));
        try {
            String taken = first.endpoints().get(0);
            assertThatThrownBy(() -> ZmqRpc.serveRpc(new Failing(), ServerOptions.builder().name("second").bind(taken).build()))
                    .isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("second: cannot bind " + taken);
        } finally {
            first.close();
        }
    }

    @Test
    void badOptionsFailBuildNamingTheOption() {
        assertRefused(() -> ClientOptions.builder().timeout(Duration.ZERO).build(), "timeout must be a positive duration, got PT0S");
        assertRefused(() -> ServerOptions.builder().handlerTimeout(Duration.ofMillis(-1)).build(),
                "handlerTimeout must be a positive duration, got PT-0.001S");
        assertRefused(() -> ServerOptions.builder().shutdownGrace(Duration.ofSeconds(-1)).build(),
                "shutdownGrace must not be negative, got PT-1S");
        assertRefused(() -> ServerOptions.builder().spin(Duration.ofNanos(-1)).build(), "spin must not be negative, got PT-0.000000001S");
        assertRefused(() -> ServerOptions.builder().spin(null).build(), "spin must not be negative, got null");
        assertRefused(() -> ClientOptions.builder().handshakeRecovery(Duration.ofMillis(-1)).build(),
                "handshakeRecovery must not be negative, got PT-0.001S");
        assertRefused(() -> ServerOptions.builder().handshakeRecovery(null).build(),
                "handshakeRecovery must not be negative, got null");
        assertRefused(() -> ServerOptions.builder().spin(Duration.ofMillis(11)).build(), "spin must be at most 10 ms, got PT0.011S");
        assertRefused(() -> ServerOptions.builder().maxMessageSize(0).build(), "maxMessageSize must be positive, got 0");
        assertRefused(() -> ServerOptions.builder().maxInFlight(0).build(), "maxInFlight must be positive, got 0");
        assertRefused(() -> ServerOptions.builder().highWaterMarks(0, 10).build(), "high-water marks must be positive, got send 0, receive 10");
        assertRefused(() -> ClientOptions.builder().bind("127.0.0.1:5555").build(),
                "bind endpoint must look like tcp://host:port, got '127.0.0.1:5555'");
        assertRefused(() -> ClientOptions.builder().connect("localhost").build(),
                "connect endpoint must look like tcp://host:port, got 'localhost'");
    }

    private static void assertRefused(ThrowingCallable build, String message) {
        assertThatThrownBy(build).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
