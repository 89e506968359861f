package io.zmqrpc.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.runtime.RpcOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.server.fixtures.Failing;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Where a server listens, what it says when it cannot, and options refused up front. */
class EndpointsAndOptionsTest {

    @Test
    void wildcardPortIsReportedAsTheRealPort() {
        RpcServer server = ZmqRpc.serveRpc(new Failing(), RpcOptions.bind("tcp://127.0.0.1:*"));
        try {
            assertThat(server.endpoints()).hasSize(1);
            assertThat(server.endpoints().get(0)).matches("tcp://127\\.0\\.0\\.1:[1-9][0-9]*");
        } finally {
            server.close();
        }
    }

    @Test
    void bindingAPortInUseFailsNamingTheAddress() {
        RpcServer first = ZmqRpc.serveRpc(new Failing(), RpcOptions.bind("tcp://127.0.0.1:*"));
        try {
            String taken = first.endpoints().get(0);
            assertThatThrownBy(() -> ZmqRpc.serveRpc(new Failing(), RpcOptions.builder().name("second").bind(taken).build()))
                    .isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("second: cannot bind " + taken);
        } finally {
            first.close();
        }
    }

    @Test
    void badOptionsFailBuildNamingTheOption() {
        assertRefused(RpcOptions.builder().timeout(Duration.ZERO), "timeout must be a positive duration, got PT0S");
        assertRefused(RpcOptions.builder().handlerTimeout(Duration.ofMillis(-1)),
                "handlerTimeout must be a positive duration, got PT-0.001S");
        assertRefused(RpcOptions.builder().shutdownGrace(Duration.ofSeconds(-1)),
                "shutdownGrace must not be negative, got PT-1S");
        assertRefused(RpcOptions.builder().spin(Duration.ofNanos(-1)), "spin must not be negative, got PT-0.000000001S");
        assertRefused(RpcOptions.builder().spin(null), "spin must not be negative, got null");
        assertRefused(RpcOptions.builder().spin(Duration.ofMillis(11)), "spin must be at most 10 ms, got PT0.011S");
        assertRefused(RpcOptions.builder().maxMessageSize(0), "maxMessageSize must be positive, got 0");
        assertRefused(RpcOptions.builder().maxInFlight(0), "maxInFlight must be positive, got 0");
        assertRefused(RpcOptions.builder().highWaterMarks(0, 10), "high-water marks must be positive, got send 0, receive 10");
        assertRefused(RpcOptions.builder().bind("127.0.0.1:5555"),
                "bind endpoint must look like tcp://host:port, got '127.0.0.1:5555'");
        assertRefused(RpcOptions.builder().connect("localhost"),
                "connect endpoint must look like tcp://host:port, got 'localhost'");
    }

    private static void assertRefused(RpcOptions.Builder builder, String message) {
        assertThatThrownBy(builder::build).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
