package io.zmqrpc.cdi;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.cdi.client.ClientConnections;
import io.zmqrpc.cdi.client.ClientDeclaration;
import io.zmqrpc.cdi.config.ConfigLookup;
import io.zmqrpc.cdi.config.Durations;
import io.zmqrpc.cdi.server.EndpointDeclaration;
import io.zmqrpc.cdi.server.EndpointServer;
import io.zmqrpc.cdi.server.ServerPlanner;
import io.zmqrpc.inject.RpcClient;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.spi.ErrorRegistry;
import io.zmqrpc.spi.ValueTranslator;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.util.TypeLiteral;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The zmqrpc CDI portable extension (registered in {@code META-INF/services}, so the library jar
 * needs no {@code beans.xml}): serves {@link RemoteEndpoint} beans from container start to stop and
 * makes {@link RpcClient} injection points injectable. Thin glue on {@link io.zmqrpc.runtime.ZmqRpc}.
 *
 * <ul>
 *   <li>{@code ProcessManagedBean}: collects the endpoint beans; {@code ProcessInjectionPoint}: the
 *       client injection points.
 *   <li>{@code AfterBeanDiscovery}: reads and checks every declaration, reporting each problem as a
 *       definition error naming the bean or injection point; adds one {@code @Dependent} client bean
 *       per injected type.
 *   <li>{@code AfterDeploymentValidation}: assembles the error registry, translators and executor,
 *       and composes the handler tree of each address (a conflict is a deployment problem).
 *   <li>{@code Startup} / {@code Shutdown} (see {@link EndpointLifecycle}), and {@code BeforeShutdown}
 *       as a safety net: start and stop the servers, close the clients.
 * </ul>
 */
public class ZmqRpcExtension implements Extension {

    /** Key of the shutdown grace period. */
    static final String GRACE_KEY = "zmqrpc.shutdown.grace";

    private final List<jakarta.enterprise.inject.spi.Bean<?>> endpointBeans = new ArrayList<>();
    private final List<InjectionPoint> clientPoints = new ArrayList<>();
    private final List<EndpointDeclaration> endpoints = new ArrayList<>();
    /** Client settings as resolved at deployment, by injection point (see {@link #pointKey}). */
    private final java.util.Map<List<Object>, ClientDeclaration> clients = new java.util.concurrent.ConcurrentHashMap<>();
    private ConfigLookup config;
    private volatile ZmqRpcRuntime runtime;

    void addLifecycleBean(@Observes BeforeBeanDiscovery event, BeanManager beans) {
        config = ConfigLookup.detect();
        event.addAnnotatedType(EndpointLifecycle.class, EndpointLifecycle.class.getName());
    }

    void collectEndpoint(@Observes ProcessManagedBean<?> event) {
        if (event.getAnnotatedBeanClass().isAnnotationPresent(RemoteEndpoint.class)) {
            endpointBeans.add(event.getBean());
        }
    }

    void collectClient(@Observes ProcessInjectionPoint<?, ?> event) {
        InjectionPoint ip = event.getInjectionPoint();
        if (ip.getQualifiers().stream().anyMatch(RpcClient.class::isInstance)) {
            clientPoints.add(ip);
        }
    }

    void declare(@Observes AfterBeanDiscovery event) {
        for (jakarta.enterprise.inject.spi.Bean<?> bean : endpointBeans) {
            RemoteEndpoint annotation = bean.getBeanClass().getAnnotation(RemoteEndpoint.class);
            EndpointDeclaration.read(bean, annotation, config, p -> event.addDefinitionError(new DefinitionException(p)))
                    .ifPresent(endpoints::add);
        }
        Set<Class<?>> clientTypes = new LinkedHashSet<>();
        for (InjectionPoint ip : clientPoints) {
            ClientDeclaration.read(ip, config, p -> event.addDefinitionError(new DefinitionException(p)))
                    .ifPresent(d -> {
                        clients.put(pointKey(ip), d);
                        clientTypes.add(d.type());
                    });
        }
        clientTypes.forEach(type -> addClientBean(event, type));
    }

    /**
     * One bean per injected type: {@code @RpcClient}'s members are all non-binding, so it serves
     * every injection point of the type and reads the point's own settings when it is injected.
     */
    private void addClientBean(AfterBeanDiscovery event, Class<?> type) {
        event.addBean()
                .beanClass(ZmqRpcExtension.class)
                .types(type, Object.class)
                .qualifiers(RpcClient.Literal.INSTANCE, Any.Literal.INSTANCE)
                .scope(Dependent.class)
                .id(ZmqRpcExtension.class.getName() + ".client." + type.getName())
                .produceWith(instance -> {
                    InjectionPoint ip = instance.select(InjectionPoint.class).get();
                    ClientDeclaration d = clients.get(pointKey(ip));
                    if (d == null) {
                        // a point the container did not announce (programmatic lookup): read it now
                        d = ClientDeclaration.read(ip, config, p -> {
                            throw new IllegalStateException(p);
                        }).orElseThrow();
                    }
                    return runtime().clients().inject(d);
                });
    }

    /** Identifies an injection point across the container's wrappers of it. */
    private static List<Object> pointKey(InjectionPoint ip) {
        int position = ip.getAnnotated() instanceof jakarta.enterprise.inject.spi.AnnotatedParameter<?> p ? p.getPosition() : -1;
        return List.of(ip.getMember(), position, ip.getType(), Set.copyOf(ip.getQualifiers()));
    }

    void prepare(@Observes AfterDeploymentValidation event, BeanManager beans) {
        List<String> problems = new ArrayList<>();
        Duration grace = Duration.ofSeconds(5);
        try {
            grace = config.get(GRACE_KEY).map(Durations::parse).orElse(grace);
        } catch (IllegalArgumentException e) {
            problems.add("zmqrpc: " + GRACE_KEY + ": " + e.getMessage());
        }
        List<ValueTranslator<?>> translators = new ArrayList<>();
        beans.createInstance().select(new TypeLiteral<ValueTranslator<?>>() { }, Any.Literal.INSTANCE)
                .forEach(translators::add);
        ErrorRegistry registry = RegistryAssembly.assemble(beans, config, problems::add);
        Executor executor = ExecutorLookup.find(beans);
        ServerOptions serverBase = ServerOptions.builder()
                .errorRegistry(registry)
                .translators(translators)
                .executor(executor)
                .invocationWrapper(new RequestScopedInvocations(
                        beans.createInstance().select(RequestContextController.class)))
                .shutdownGrace(grace)
                .build();
        ClientOptions clientBase = ClientOptions.builder()
                .errorRegistry(registry)
                .translators(translators)
                .executor(executor)
                .build();
        List<EndpointServer> servers = ServerPlanner.plan(endpoints, beans, problems::add);
        problems.forEach(p -> event.addDeploymentProblem(new DeploymentException(p)));
        runtime = new ZmqRpcRuntime(servers, new ClientConnections(clientBase), serverBase, grace);
    }

    void stopBeforeShutdown(@Observes BeforeShutdown event) {
        ZmqRpcRuntime r = runtime;
        if (r != null) {
            r.stop();
        }
    }

    /** The runtime of this container, available from {@code AfterDeploymentValidation} on. */
    ZmqRpcRuntime runtime() {
        ZmqRpcRuntime r = runtime;
        if (r == null) {
            throw new IllegalStateException("zmqrpc is not deployed yet");
        }
        return r;
    }
}
