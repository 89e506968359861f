package io.zmqrpc.runtime.errors;

import io.zmqrpc.RemoteError;
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

    /**
     * Stands in for a class without a usable constructor (mapped for naming only, for example an
     * abstract base): a reply naming it is thrown as a generic exception.
     */
    private static final ExceptionFactory NOT_CONSTRUCTIBLE = error -> null;

    final Map<String, ExceptionFactory> factoriesByName = new LinkedHashMap<>();
    final Map<Class<?>, String> namesByClass = new LinkedHashMap<>();
    final List<String> allowedPackages = new ArrayList<>();

    @Override
    public MappingTable map(String remoteType, Class<? extends Throwable> type) {
        Objects.requireNonNull(type, "type");
        ExceptionFactory factory = ExceptionFactory.forClass(type);
        add(remoteType, type, factory == null ? NOT_CONSTRUCTIBLE : factory);
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

    private void add(String remoteType, Class<?> type, ExceptionFactory factory) {
        if (remoteType == null || remoteType.isBlank()) {
            throw new IllegalArgumentException("remote type name must not be blank, for " + type.getName());
        }
        factoriesByName.putIfAbsent(remoteType, factory);
        namesByClass.putIfAbsent(type, remoteType);
    }
}
