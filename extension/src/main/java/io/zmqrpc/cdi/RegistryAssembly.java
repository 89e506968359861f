package io.zmqrpc.cdi;

import io.zmqrpc.cdi.config.ConfigLookup;
import io.zmqrpc.runtime.errors.DefaultErrorRegistry;
import io.zmqrpc.spi.ErrorMappingProvider;
import io.zmqrpc.spi.ErrorRegistry;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.function.Consumer;

/**
 * Assembles the error registry of the application: entries from configuration keys
 * {@code zmqrpc.errors.<remote type name>=<exception class>} first, then the
 * {@link ErrorMappingProvider} beans and the {@link java.util.ServiceLoader} providers by priority,
 * then the built-in defaults.
 */
final class RegistryAssembly {

    /** Prefix of the keys mapping a remote type name to an exception class. */
    static final String ERRORS_PREFIX = "zmqrpc.errors.";

    private RegistryAssembly() {
    }

    static ErrorRegistry assemble(BeanManager beans, ConfigLookup config, Consumer<String> problems) {
        ClassLoader loader = applicationLoader();
        DefaultErrorRegistry.Builder builder = DefaultErrorRegistry.builder();
        for (String key : config.names()) {
            if (!key.startsWith(ERRORS_PREFIX) || key.length() == ERRORS_PREFIX.length()) {
                continue;
            }
            String remoteName = key.substring(ERRORS_PREFIX.length());
            String className = config.get(key).orElse("").strip();
            try {
                builder.map(remoteName, Class.forName(className, false, loader).asSubclass(Throwable.class));
            } catch (ClassNotFoundException | ClassCastException | LinkageError e) {
                problems.accept("zmqrpc: configuration key " + key + " names '" + className
                        + "', which is not a loadable exception class");
            } catch (IllegalArgumentException refused) {
                problems.accept("zmqrpc: configuration key " + key + ": " + refused.getMessage());
            }
        }
        beans.createInstance().select(ErrorMappingProvider.class, Any.Literal.INSTANCE).forEach(builder::addProvider);
        try {
            return builder.addServiceLoaderProviders(loader).build();
        } catch (IllegalArgumentException refused) {
            // a provider mapped a class zmqrpc cannot instantiate: the deployment fails with the reason
            problems.accept("zmqrpc: an ErrorMappingProvider: " + refused.getMessage());
            return DefaultErrorRegistry.defaults();
        }
    }

    static ClassLoader applicationLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : RegistryAssembly.class.getClassLoader();
    }
}
