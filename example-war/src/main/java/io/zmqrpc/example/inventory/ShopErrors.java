package io.zmqrpc.example.inventory;

import io.zmqrpc.spi.ErrorMappingProvider;
import io.zmqrpc.spi.ErrorMappings;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Puts the shop's domain error in the zmqrpc error registry, both ways: the server names a thrown
 * {@link OutOfStockException} {@code shop.OutOfStock}, and clients turn that name back into an
 * {@link OutOfStockException} with its fields. In CDI, this bean contributes; in plain Java (the
 * integration tests' direct client) the same class is found through
 * {@code META-INF/services/io.zmqrpc.spi.ErrorMappingProvider}.
 */
@ApplicationScoped
public class ShopErrors implements ErrorMappingProvider {

    @Override
    public void contribute(ErrorMappings mappings) {
        mappings.map(OutOfStockException.REMOTE_TYPE, OutOfStockException.class, OutOfStockException::fromRemote);
    }
}
