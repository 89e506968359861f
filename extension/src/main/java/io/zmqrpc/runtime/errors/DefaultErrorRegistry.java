package io.zmqrpc.runtime.errors;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcException;
import io.zmqrpc.runtime.convert.TypeConverter;
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
 * <p>A class mapped with {@link Builder#map(String, Class)} is built with its own public
 * constructors, tried in this order, the first that takes what the peer sent winning:
 * <ol>
 * <li>{@code (RemoteError)}: the whole remote error;</li>
 * <li>when the remote error has args (aiozmq raises {@code exc_type(*args)}), each constructor whose
 * parameters bind them as a call's positional arguments bind a handler method's parameters:
 * converted to the declared types, a trailing {@code Optional} may be left out, a varargs parameter
 * takes the rest. So {@code OutOfStockException(String sku, long qty)} takes
 * {@code mymod.OutOfStock("sku-1", 3)}. Varargs constructors after the others; fewer parameters
 * first; then the more specific parameter types, compared left to right (primitive, then final
 * class, array, enum or record, then other class, then abstract class, then interface, then
 * {@code Object}); then by signature;</li>
 * <li>{@code (String)}, given {@link RemoteError#message()};</li>
 * <li>{@code ()}.</li>
 * </ol>
 * A constructor whose parameters do not bind the args (too few or too many, a value that does not
 * convert) is passed over for the next. When none is left, or the chosen constructor throws, the
 * call throws a {@link GenericRpcException} carrying the remote error, and a warning is logged:
 * never an exception with fields left unset that the class did not offer to leave unset. Whatever
 * is created, {@link RemoteError#of(Throwable)} gives the remote type, args and repr.
 *
 * <p>A class zmqrpc cannot instantiate is refused at once, by {@code map} (for providers, while
 * {@link Builder#build()} runs), with an {@link IllegalArgumentException} naming it and saying why:
 * not a {@code Throwable}, not public, abstract, an inner (non-static) class, or without a public
 * constructor. To name such a class for servers only, map it with a factory.
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

    private DefaultErrorRegistry(MappingTable table, ClassLoader classLoader, TypeConverter converter) {
        this.factoriesByName = Map.copyOf(table.factoriesByName);
        this.namesByClass = Map.copyOf(table.namesByClass);
        this.allowedPackages = new AllowedPackages(table.allowedPackages, converter);
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

        /** One per builder, so that what it caches lives as long as the application's registries. */
        private final TypeConverter converter = new TypeConverter();
        private final MappingTable direct = new MappingTable(converter);
        private final List<ErrorMappingProvider> providers = new ArrayList<>();
        private ClassLoader classLoader;

        private Builder() {
        }

        /**
         * {@inheritDoc}
         *
         * @throws IllegalArgumentException when zmqrpc cannot instantiate {@code type} (see the
         *         class documentation); the message names the class and says why
         */
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
            MappingTable all = new MappingTable(converter).addAll(direct);
            List<ErrorMappingProvider> ordered = new ArrayList<>(providers);
            // List.sort is stable: equal priorities keep the order in which they were added
            ordered.sort(Comparator.comparingInt(ErrorMappingProvider::priority).reversed());
            ordered.forEach(provider -> provider.contribute(all));
            return new DefaultErrorRegistry(all, classLoader, converter);
        }
    }
}
