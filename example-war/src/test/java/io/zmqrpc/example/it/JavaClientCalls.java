package io.zmqrpc.example.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.example.inventory.Inventory;
import io.zmqrpc.example.inventory.OutOfStockException;
import io.zmqrpc.example.inventory.Reservation;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.errors.DefaultErrorRegistry;
import io.zmqrpc.spi.ErrorRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Calls the deployed inventory service over ZeroMQ with the plain-Java zmqrpc client, outside any
 * container: a typed proxy of the same {@link Inventory} interface the order service uses, and the
 * dynamic client. The error registry takes {@code ShopErrors} from
 * {@code META-INF/services/io.zmqrpc.spi.ErrorMappingProvider}, so {@code shop.OutOfStock} arrives
 * as {@link OutOfStockException}. Runs between the HTTP tests and the Python ones, on its own SKU.
 */
public interface JavaClientCalls {

    /**
     * Where the deployed inventory service listens.
     *
     * @return the endpoint
     */
    String inventoryEndpoint();

    @Test
    @Order(30)
    default void javaClientCallsTheEndpoint() throws Exception {
        // Plain Java has no CDI to find ShopErrors: ask ServiceLoader for the providers the app lists.
        ErrorRegistry errors = DefaultErrorRegistry.builder()
                .addServiceLoaderProviders(JavaClientCalls.class.getClassLoader()).build();
        ClientOptions options = ClientOptions.builder().connect(inventoryEndpoint()).timeout(Duration.ofSeconds(5))
                .errorRegistry(errors).build();
        try (RpcChannel client = ZmqRpc.connectRpc(options)) {
            Inventory inventory = client.proxy(Inventory.class);

            assertThat(inventory.available("kiwi")).isEqualTo(6);

            Reservation reservation = inventory.reserve("kiwi", 2);
            assertThat(reservation.sku()).isEqualTo("kiwi");
            assertThat(reservation.quantity()).isEqualTo(2);
            assertThat(reservation.remaining()).isEqualTo(4);
            assertThat(reservation.id()).isNotBlank();

            assertThatThrownBy(() -> inventory.reserve("kiwi", 50))
                    .isInstanceOfSatisfying(OutOfStockException.class, e -> {
                        assertThat(e.sku()).isEqualTo("kiwi");
                        assertThat(e.requested()).isEqualTo(50);
                        assertThat(e.available()).isEqualTo(4);
                        assertThat(RemoteError.of(e).type()).isEqualTo(OutOfStockException.REMOTE_TYPE);
                    });

            assertThat(inventory.restock("kiwi", 3).toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo(7);

            // The dynamic client sees the wire's own types: msgpack integers decode as Long.
            assertThat(client.call("available", "kiwi")).isEqualTo(7L);
        }
    }
}
