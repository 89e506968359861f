package io.zmqrpc.cdi.intercept;

import io.zmqrpc.Pattern;
import io.zmqrpc.cdi.client.ClientConnections;
import io.zmqrpc.cdi.client.ClientDeclaration;
import io.zmqrpc.cdi.config.ConfigLookup;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the client injected at a point: the connections' typed proxy as it is, or, when the
 * interface has interceptor bindings the container resolves or Fault Tolerance timeouts, an
 * {@link InterceptedClient} around it.
 *
 * <p>A request/reply method with a Fault Tolerance {@code @Timeout} calls with a zmqrpc timeout of
 * twice that (never longer than the client's own): Fault Tolerance's timeout fires first and
 * reports its {@code TimeoutException}, and the remote call it gave up on is dropped soon after
 * instead of waiting out the client's timeout.
 */
public final class InterceptedClients {

    private final BeanManager beans;
    private final ConfigLookup config;
    private final Map<Class<?>, InterceptorChain> chains = new ConcurrentHashMap<>();

    /**
     * Creates the factory of one container.
     *
     * @param beans the bean manager, which resolves and creates the interceptors
     * @param config where Fault Tolerance's configuration overrides are read
     */
    public InterceptedClients(BeanManager beans, ConfigLookup config) {
        this.beans = beans;
        this.config = config;
    }

    /**
     * The client to inject.
     *
     * @param d the injection point's declaration
     * @param connections the shared connections
     * @param bean the client bean's creational context, or null when the container gives none
     * @return the client; pass it to {@link #release} when its bean is destroyed
     */
    public Object create(ClientDeclaration d, ClientConnections connections, CreationalContext<?> bean) {
        Object remote = connections.inject(d);
        Map<Method, Object> shortened = d.pattern() == Pattern.RPC ? shortened(d, connections) : Map.of();
        InterceptorChain chain = chains.computeIfAbsent(d.type(), type -> InterceptorChain.resolve(type, beans));
        if (chain.isEmpty() && shortened.isEmpty()) {
            return remote;
        }
        return InterceptedClient.create(d.type(), remote, shortened, chain.instantiate(beans, bean));
    }

    private Map<Method, Object> shortened(ClientDeclaration d, ClientConnections connections) {
        Map<Method, Object> byMethod = new HashMap<>();
        Map<Duration, Object> byTimeout = new HashMap<>();
        Duration own = connections.timeout(d);
        for (Method m : d.type().getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers())) {
                continue;
            }
            Optional<Duration> ft = FaultToleranceTimeout.of(d.type(), m, config);
            ft.map(t -> t.multipliedBy(2)).filter(t -> t.compareTo(own) < 0).ifPresent(t -> byMethod.put(m,
                    byTimeout.computeIfAbsent(t, shorter -> connections.inject(d.withTimeout(shorter)))));
        }
        return byMethod;
    }

    /**
     * Releases what a client made here holds (its interceptor instances).
     *
     * @param client the client
     */
    public static void release(Object client) {
        InterceptedClient.release(client);
    }
}
