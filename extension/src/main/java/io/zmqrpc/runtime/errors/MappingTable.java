package io.zmqrpc.runtime.errors;

import io.zmqrpc.RemoteError;
import io.zmqrpc.runtime.convert.TypeConverter;
import io.zmqrpc.spi.ErrorMappings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The user entries collected for one registry, in both directions. The first entry for a remote
 * name wins, and so does the first name given to a class: entries arrive in priority order.
 */
final class MappingTable implements ErrorMappings {

    final Map<String, ExceptionFactory> factoriesByName = new LinkedHashMap<>();
    final Map<Class<?>, String> namesByClass = new LinkedHashMap<>();
    final List<String> allowedPackages = new ArrayList<>();

    /** Converts remote args for the constructors of mapped classes. */
    private final TypeConverter converter;

    MappingTable(TypeConverter converter) {
        this.converter = converter;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when zmqrpc cannot instantiate {@code type}: it is abstract,
     *         not public, an inner class, not a {@code Throwable}, or has no public constructor
     */
    @Override
    public MappingTable map(String remoteType, Class<? extends Throwable> type) {
        Objects.requireNonNull(type, "type");
        checkName(remoteType, type);
        ExceptionFactory factory;
        try {
            factory = ConstructorFactory.forClass(type, converter);
        } catch (IllegalArgumentException refused) {
            throw new IllegalArgumentException("cannot map " + remoteType + ": " + refused.getMessage()
                    + "; map a class zmqrpc can instantiate, or give a factory with map(remoteType, type, factory)");
        }
        add(remoteType, type, factory);
        return this;
    }

    @Override
    public <T extends Throwable> MappingTable map(String remoteType, Class<T> type, Function<RemoteError, ? extends T> factory) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factory, "factory");
        add(remoteType, type, factory::apply);
        return this;
    }

    @Override
    public MappingTable allowPackage(String packageName) {
        String valid = AllowedPackages.validPackage(packageName);
        if (!allowedPackages.contains(valid)) {
            allowedPackages.add(valid);
        }
        return this;
    }

    /** Appends the other table's entries after this one's, keeping first-wins. */
    MappingTable addAll(MappingTable other) {
        other.factoriesByName.forEach(factoriesByName::putIfAbsent);
        other.namesByClass.forEach(namesByClass::putIfAbsent);
        other.allowedPackages.forEach(this::allowPackage);
        return this;
    }

    private static void checkName(String remoteType, Class<?> type) {
        if (remoteType == null || remoteType.isBlank()) {
            throw new IllegalArgumentException("remote type name must not be blank, for " + type.getName());
        }
    }

    private void add(String remoteType, Class<?> type, ExceptionFactory factory) {
        checkName(remoteType, type);
        factoriesByName.putIfAbsent(remoteType, factory);
        namesByClass.putIfAbsent(type, remoteType);
    }
}
