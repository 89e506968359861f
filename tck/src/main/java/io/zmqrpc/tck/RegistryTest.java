package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RemoteError;
import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.registry.MissingItemException;
import io.zmqrpc.tck.fixtures.registry.OutOfStockException;
import io.zmqrpc.tck.fixtures.registry.ShopErrors;
import io.zmqrpc.tck.fixtures.registry.ShopService;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The registry of servers and clients takes the {@code ErrorMappingProvider} beans and the
 * {@code zmqrpc.errors.<remote name>} keys: the server names the exception, the client maps it back.
 */
public class RegistryTest {

    private static final String KEY = "zmqrpc.errors.tck.MissingItem";

    @Test
    void beanAndConfigurationMappingsOnBothSides() {
        java.util.Properties mapping = Tck.props(KEY, MissingItemException.class.getName());
        try (Deployment server = Tck.withProperties(mapping, () -> Tck.deploy(ShopService.class, ShopErrors.class));
                Deployment client = Tck.withProperties(mapping, () -> Tck.clients(Tck.endpoint(server, "Shop"),
                        DynamicClientHolder.class, ShopErrors.class))) {
            io.zmqrpc.RpcChannel rpc = client.select(DynamicClientHolder.class).client();
            assertThatThrownBy(() -> rpc.call("reserve", "apples"))
                    .isInstanceOf(OutOfStockException.class)
                    .hasMessageContaining("no apples")
                    .satisfies(e -> assertThat(RemoteError.of(e).type()).isEqualTo("mymod.OutOfStock"));
            assertThatThrownBy(() -> rpc.call("find", "pears"))
                    .isInstanceOf(MissingItemException.class)
                    .hasMessageContaining("unknown pears")
                    .satisfies(e -> assertThat(RemoteError.of(e).type()).isEqualTo("tck.MissingItem"));
        }
    }
}
