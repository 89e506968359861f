package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.ServedEndpoints;
import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.shared.InventoryService;
import io.zmqrpc.tck.fixtures.shared.PricingService;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/** Two beans on the same address share one socket, each under its (nested) namespace. */
public class SharedAddressTest {

    @Test
    void twoBeansOneSocketTwoNamespaces() {
        try (Deployment server = Tck.deploy(InventoryService.class, PricingService.class)) {
            ServedEndpoints served = server.select(ServedEndpoints.class);
            assertThat(served.of("InventoryService")).isEqualTo(served.of("PricingService")).hasSize(1);
            try (Deployment client = Tck.clients(served.of("PricingService").get(0))) {
                io.zmqrpc.RpcChannel rpc = client.select(DynamicClientHolder.class).client();
                assertThat(rpc.call("inventory.stock", "apple")).isEqualTo(5L);
                assertThat(rpc.call("shop.pricing.price", "pear")).isEqualTo("pear: 10");
            }
        }
    }
}
