package io.zmqrpc.spi;

/**
 * Contributes entries to the error registry. In plain Java, providers are found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.zmqrpc.spi.ErrorMappingProvider})
 * and can be passed in the options; in CDI, every bean of this type contributes.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class ShopErrors implements ErrorMappingProvider {
 *     public void contribute(ErrorMappings m) { m.map("mymod.OutOfStock", OutOfStockException.class); }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ErrorMappingProvider {

    /**
     * Adds this provider's entries.
     *
     * @param mappings the builder to add to
     */
    void contribute(ErrorMappings mappings);

    /**
     * Providers with a higher priority contribute first (and so win on a shared name).
     *
     * @return the priority, 0 by default
     */
    default int priority() {
        return 0;
    }
}
