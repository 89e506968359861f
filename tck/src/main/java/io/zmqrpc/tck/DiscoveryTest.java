package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.discovery.GreeterService;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/** A {@code @RemoteEndpoint} bean is found and served without any registration or beans.xml. */
public class DiscoveryTest {

    @Test
    void annotatedBeanIsServedAfterStartup() {
        try (Deployment server = Tck.deploy(GreeterService.class)) {
            String endpoint = Tck.endpoint(server, "Greeter");
            assertThat(endpoint).startsWith("tcp://127.0.0.1:").doesNotEndWith("*");
            try (Deployment client = Tck.clients(endpoint)) {
                assertThat(client.select(DynamicClientHolder.class).client().call("greet", "tck")).isEqualTo("hello tck");
            }
        }
    }
}
