package io.zmqrpc.tck.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RemoteError;
import io.zmqrpc.tck.Tck;
import io.zmqrpc.tck.fixtures.discovery.GreeterService;
import io.zmqrpc.tck.fixtures.registry.OutOfStockException;
import io.zmqrpc.tck.fixtures.registry.ShopErrors;
import io.zmqrpc.tck.interop.fixtures.PythonShopClient;
import io.zmqrpc.tck.spi.Deployment;
import io.zmqrpc.testing.PythonPeer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The CDI extension against aiozmq 1.0 peers, in both directions. */
class PythonInteropTest {

    @Test
    void injectedJavaClientCallsPythonServerAndMapsItsException() {
        try (PythonPeer python = PythonPeer.startServer("python/shop_server.py");
                Deployment client = Tck.clients(python.endpoint(), PythonShopClient.class, ShopErrors.class)) {
            PythonShopClient bean = client.select(PythonShopClient.class);
            assertThat(bean.shop().add(40, 2)).isEqualTo(42);
            assertThatThrownBy(() -> bean.shop().reserve("apples"))
                    .isInstanceOf(OutOfStockException.class)
                    .hasMessage("no apples")
                    .satisfies(e -> assertThat(RemoteError.of(e).type()).isEqualTo("mymod.OutOfStock"));
        }
    }

    @Test
    void pythonClientCallsRemoteEndpointBean() {
        try (Deployment server = Tck.deploy(GreeterService.class)) {
            assertThat(PythonPeer.run(Duration.ofSeconds(60), "python/greeter_client.py", Tck.endpoint(server, "Greeter")))
                    .containsExactly("\"hello python\"", "\"hello keywords\"", "[\"NotFoundError\", \"missing\"]");
        }
    }
}
