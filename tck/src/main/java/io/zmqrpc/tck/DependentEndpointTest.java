package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.shared.PricingService;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/** A {@code @Dependent} endpoint bean has one instance while it is served, destroyed at shutdown. */
public class DependentEndpointTest {

    @Test
    void oneInstanceForTheServersLifeDestroyedAtShutdown() {
        PricingService.CREATED.set(0);
        PricingService.DESTROYED.set(0);
        try (Deployment server = Tck.deploy(PricingService.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "PricingService"))) {
            io.zmqrpc.RpcChannel rpc = client.select(DynamicClientHolder.class).client();
            assertThat(rpc.call("shop.pricing.price", "a")).isEqualTo("a: 10");
            assertThat(rpc.call("shop.pricing.price", "b")).isEqualTo("b: 10");
            assertThat(PricingService.CREATED.get()).isEqualTo(1);
            assertThat(PricingService.DESTROYED.get()).isZero();
        }
        assertThat(PricingService.DESTROYED.get()).isEqualTo(1);
    }
}
