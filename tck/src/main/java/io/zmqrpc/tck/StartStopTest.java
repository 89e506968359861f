package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RpcException;
import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.discovery.GreeterService;
import io.zmqrpc.tck.spi.Deployment;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The endpoint is reachable from container start and its port is free after container shutdown. */
public class StartStopTest {

    @Test
    void servesFromStartupAndFreesThePortOnShutdown() throws Exception {
        String endpoint;
        try (Deployment server = Tck.deploy(GreeterService.class)) {
            endpoint = Tck.endpoint(server, "Greeter");
            try (Deployment client = Tck.clients(endpoint)) {
                assertThat(client.select(DynamicClientHolder.class).client().call("greet", "up")).isEqualTo("hello up");
            }
        }
        int port = URI.create(endpoint).getPort();
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        try (Deployment client = Tck.clients(endpoint)) {
            io.zmqrpc.RpcChannel rpc = client.select(DynamicClientHolder.class).client().withTimeout(Duration.ofMillis(300));
            assertThatThrownBy(() -> rpc.call("greet", "down")).isInstanceOf(RpcException.class);
        }
    }
}
