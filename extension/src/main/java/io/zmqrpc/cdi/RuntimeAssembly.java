package io.zmqrpc.cdi;

import io.zmqrpc.cdi.client.ClientConnections;
import io.zmqrpc.cdi.config.ConfigLookup;
import io.zmqrpc.cdi.config.Durations;
import io.zmqrpc.cdi.intercept.InterceptedClients;
import io.zmqrpc.cdi.server.EndpointDeclaration;
import io.zmqrpc.cdi.server.EndpointServer;
import io.zmqrpc.cdi.server.ServerPlanner;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.spi.ErrorRegistry;
import io.zmqrpc.spi.ValueTranslator;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.util.TypeLiteral;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds the runtime of one container from its endpoint declarations, the same way for both front
 * doors (the portable extension and the build-compatible one): the error registry, translators,
 * executor, call listeners and request-scoped invocations every server and client shares, the
 * planned servers, and the interceptors of injected clients.
 */
final class RuntimeAssembly {

    /** Key of the shutdown grace period. */
    static final String GRACE_KEY = "zmqrpc.shutdown.grace";

    private static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);

    private RuntimeAssembly() {
    }

    /** The shutdown grace, reporting a bad value (and using the default) rather than failing. */
    static Duration grace(ConfigLookup config, Consumer<String> problems) {
        try {
            return config.get(GRACE_KEY).map(Durations::parse).orElse(DEFAULT_GRACE);
        } catch (IllegalArgumentException e) {
            problems.accept("zmqrpc: " + GRACE_KEY + ": " + e.getMessage());
            return DEFAULT_GRACE;
        }
    }

    /**
     * Assembles the runtime; every problem found goes to {@code problems} (the runtime returned then
     * must not be started).
     */
    static ZmqRpcRuntime assemble(List<EndpointDeclaration> endpoints, Function<Class<?>, Bean<?>> beanOf,
            BeanManager beans, Instance<RequestContextHandle> requestContexts, ConfigLookup config,
            Consumer<String> problems) {
        Duration grace = grace(config, problems);
        List<ValueTranslator<?>> translators = new ArrayList<>();
        beans.createInstance().select(new TypeLiteral<ValueTranslator<?>>() { }, Any.Literal.INSTANCE)
                .forEach(translators::add);
        ErrorRegistry registry = RegistryAssembly.assemble(beans, config, problems);
        Executor executor = ExecutorLookup.find(beans);
        List<CallListener> listeners = ListenerAssembly.assemble(beans, config, problems);
        ServerOptions serverBase = ServerOptions.builder()
                .errorRegistry(registry)
                .translators(translators)
                .executor(executor)
                .invocationWrapper(new RequestScopedInvocations<>(requestContexts))
                .shutdownGrace(grace)
                .listeners(listeners)
                .build();
        ClientOptions clientBase = ClientOptions.builder()
                .errorRegistry(registry)
                .translators(translators)
                .executor(executor)
                .listeners(listeners)
                .build();
        List<EndpointServer> servers = ServerPlanner.plan(endpoints, beans, beanOf, problems);
        return new ZmqRpcRuntime(servers, new ClientConnections(clientBase), new InterceptedClients(beans, config),
                serverBase, grace);
    }
}
