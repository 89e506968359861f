package io.zmqrpc.cdi.client;

import io.zmqrpc.cdi.config.ConfigLookup;
import io.zmqrpc.inject.RpcClient;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The client declarations of a container, read once when it deploys and found again by
 * injection point when a client bean is created, so that what is injected is what was checked
 * (and configuration changed later does not apply). A point the container did not announce
 * (a programmatic lookup) is read when it is injected.
 */
public final class DeclaredClients {

    private final ConfigLookup config;
    private final Map<List<Object>, ClientDeclaration> byPoint = new ConcurrentHashMap<>();

    /**
     * Creates the table.
     *
     * @param config where keys are read
     */
    public DeclaredClients(ConfigLookup config) {
        this.config = config;
    }

    /**
     * Whether an injection point is a client's.
     *
     * @param ip the injection point
     * @return true when it has the {@link RpcClient} qualifier
     */
    public static boolean isClient(InjectionPoint ip) {
        return ip.getQualifiers().stream().anyMatch(RpcClient.class::isInstance);
    }

    /**
     * Reads and remembers an injection point's declaration.
     *
     * @param ip the injection point
     * @param problems receives each problem, naming the point
     * @return the declaration, or empty when it has problems
     */
    public Optional<ClientDeclaration> declare(InjectionPoint ip, Consumer<String> problems) {
        Optional<ClientDeclaration> d = ClientDeclaration.read(ClientPoint.of(ip), config, problems);
        d.ifPresent(found -> byPoint.put(key(ip), found));
        return d;
    }

    /**
     * The declaration to inject at a point.
     *
     * @param ip the injection point
     * @return the declaration read at deployment, else read now
     * @throws IllegalStateException naming the problem when a point read now has one
     */
    public ClientDeclaration of(InjectionPoint ip) {
        ClientDeclaration d = byPoint.get(key(ip));
        return d != null ? d : ClientDeclaration.read(ClientPoint.of(ip), config, p -> {
            throw new IllegalStateException(p);
        }).orElseThrow();
    }

    /** Identifies an injection point across the container's wrappers of it. */
    private static List<Object> key(InjectionPoint ip) {
        int position = ip.getAnnotated() instanceof AnnotatedParameter<?> p ? p.getPosition() : -1;
        return List.of(ip.getMember(), position, ip.getType(), Set.copyOf(ip.getQualifiers()));
    }
}
