package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.discovery.GreeterService;
import io.zmqrpc.tck.fixtures.startup.TakenAddressService;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/** An address that cannot be bound fails the deployment at startup, naming the endpoint and address. */
public class BindFailureTest {

    @Test
    void takenAddressFailsTheDeploymentLoudly() {
        try (Deployment first = Tck.deploy(GreeterService.class)) {
            String taken = Tck.endpoint(first, "Greeter");
            assertThatThrownBy(() -> Tck.withProperties(Tck.props("zmqrpc.tck.taken", taken),
                    () -> Tck.deploy(TakenAddressService.class)).close())
                    .hasMessageContaining("zmqrpc: endpoint Taken could not start")
                    .hasMessageContaining(taken);
            try (Deployment client = Tck.clients(taken)) {
                assertThat(client.select(DynamicClientHolder.class).client().call("greet", "still"))
                        .as("the first server is unharmed").isEqualTo("hello still");
            }
        }
    }
}
