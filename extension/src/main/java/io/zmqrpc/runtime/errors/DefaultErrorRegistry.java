package io.zmqrpc.runtime.errors;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcException;
import io.zmqrpc.spi.ErrorMappingProvider;
import io.zmqrpc.spi.ErrorMappings;
import io.zmqrpc.spi.ErrorRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The error registry of zmqrpc: user entries first, then the built-in whitelist of Python and Java
 * names (see the package documentation), then classes of allowed packages, then
 * {@link GenericRpcException}. Immutable and safe to share between any number of clients and
 * servers.
 *
 * <pre>{@code
 * ErrorRegistry errors = DefaultErrorRegistry.builder()
 *         .map("shop.errors.OutOfStock", OutOfStockException.class)
 *         .addServiceLoaderProviders(Thread.currentThread().getContextClassLoader())
 *         .build();
 * }</pre>
 */
public final class DefaultErrorRegistry implements ErrorRegistry {

    private final Map<String, ExceptionFactory> factoriesByName;
    private final Map<Class<?>, String> namesByClass;
    private final AllowedPackages allowedPackages;
    private final ClassLoader classLoader;

    /** Per-class server-side names; a ClassValue so that caching never pins an application's classes. */
    private final ClassValue<ClassNames> namesCache = new ClassValue<>() {
        @Override
        protected ClassNames computeValue(Class<?> type) {
            return new ClassNames(userName(type), DefaultMappings.remoteName(type));
        }
    };

    private DefaultErrorRegistry(MappingTable table, ClassLoader classLoader) {
        this.factoriesByName = Map.copyOf(table.factoriesByName);
        this.namesByClass = Map.copyOf(table.namesByClass);
        this.allowedPackages = new AllowedPackages(table.allowedPackages);
        this.classLoader = classLoader;
    }

    /**
     * A new builder, empty but for the built-in defaults (which every registry has).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The shared registry holding only the built-in defaults.
     *
     * @return the defaults registry
     */
    public static DefaultErrorRegistry defaults() {
        return DefaultsHolder.DEFAULTS;
    }

    @Override
    public Throwable toException(RemoteError error) {
        Objects.requireNonNull(error, "error");
        ExceptionFactory factory = factoriesByName.get(error.type());
        if (factory == null) {
            factory = DefaultMappings.forName(error.type());
        }
        if (factory == null) {
            factory = allowedPackages.load(error.type(), loader());
        }
        return factory == null ? new GenericRpcException(error) : RemoteExceptions.create(error, factory);
    }

    @Override
    public String remoteName(Throwable failure) {
        ClassNames names = namesCache.get(Objects.requireNonNull(failure, "failure").getClass());
        if (names.user() != null) {
            return names.user();
        }
        // a proxying server passes on what its own peer said
        if (failure instanceof RpcException rpc && rpc.remoteError() != null) {
            return rpc.remoteError().type();
        }
        return names.fallback();
    }

    /** The user's name for the most specific mapped class of the chain, or null. */
    private String userName(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            String name = namesByClass.get(c);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** Fixed loader if the user chose one, else the caller's context loader, else ours. */
    private ClassLoader loader() {
        if (classLoader != null) {
            return classLoader;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : DefaultErrorRegistry.class.getClassLoader();
    }

    private record ClassNames(String user, String fallback) {
    }

    private static final class DefaultsHolder {
        static final DefaultErrorRegistry DEFAULTS = builder().build();
    }

    /**
     * Collects entries for a {@link DefaultErrorRegistry}. Entries given directly to the builder come
     * first, then those of the providers, in descending {@link ErrorMappingProvider#priority()}
     * (providers of equal priority in the order they were added), then the built-in defaults; for
     * a name or a class, the first entry wins. Providers contribute when {@link #build()} runs.
     * Not thread-safe; the registry it builds is.
     */
    public static final class Builder implements ErrorMappings {

        private final MappingTable direct = new MappingTable();
        private final List<ErrorMappingProvider> providers = new ArrayList<>();
        private ClassLoader classLoader;

        private Builder() {
        }

        @Override
        public Builder map(String remoteType, Class<? extends Throwable> type) {
            direct.map(remoteType, type);
            return this;
        }

        @Override
        public <T extends Throwable> Builder map(String remoteType, Class<T> type, Function<RemoteError, ? extends T> factory) {
            direct.map(remoteType, type, factory);
            return this;
        }

        @Override
        public Builder allowPackage(String packageName) {
            direct.allowPackage(packageName);
            return this;
        }

        /**
         * Adds a provider; it contributes when the registry is built.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder addProvider(ErrorMappingProvider provider) {
            providers.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /**
         * Adds providers; they contribute when the registry is built, by descending priority.
         *
         * @param providers the providers
         * @return this builder
         */
        public Builder addProviders(Iterable<? extends ErrorMappingProvider> providers) {
            providers.forEach(this::addProvider);
            return this;
        }

        /**
         * Adds every {@link ErrorMappingProvider} that {@link ServiceLoader} finds
         * ({@code META-INF/services/io.zmqrpc.spi.ErrorMappingProvider}).
         *
         * @param loader where to look; {@code null} for the system class loader
         * @return this builder
         * @throws java.util.ServiceConfigurationError when a listed provider cannot be loaded
         */
        public Builder addServiceLoaderProviders(ClassLoader loader) {
            return addProviders(ServiceLoader.load(ErrorMappingProvider.class, loader));
        }

        /**
         * Fixes the class loader for classes of allowed packages. Without one, each lookup uses the
         * calling thread's context class loader, or the loader of zmqrpc when there is none.
         *
         * @param loader the loader, or {@code null} for the default behaviour
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        /**
         * Builds the registry; the builder can be changed and built again afterwards.
         *
         * @return the immutable registry
         */
        public DefaultErrorRegistry build() {
            MappingTable all = new MappingTable().addAll(direct);
            List<ErrorMappingProvider> ordered = new ArrayList<>(providers);
            // List.sort is stable: equal priorities keep the order in which they were added
            ordered.sort(Comparator.comparingInt(ErrorMappingProvider::priority).reversed());
            ordered.forEach(provider -> provider.contribute(all));
            return new DefaultErrorRegistry(all, classLoader);
        }
    }
}
