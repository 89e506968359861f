package io.zmqrpc.cdi;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.cdi.client.DeclaredClients;
import io.zmqrpc.cdi.config.ConfigLookup;
import io.zmqrpc.cdi.health.HealthBeans;
import io.zmqrpc.cdi.health.HealthPresence;
import io.zmqrpc.cdi.server.EndpointDeclaration;
import io.zmqrpc.inject.RpcClient;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 *       per injected type; with MicroProfile Health present, the health checks
 *       ({@link io.zmqrpc.cdi.health}).
 *   <li>{@code AfterDeploymentValidation}: assembles the error registry, translators and executor,
 *       and composes the handler tree of each address (a conflict is a deployment problem).
 *   <li>{@code Startup} / {@code Shutdown} (see {@link EndpointLifecycle}), and {@code BeforeShutdown}
 *       as a safety net: start and stop the servers, close the clients.
 * </ul>
 */
public class ZmqRpcExtension implements Extension {

    /** The endpoint beans by bean class. */
    private final Map<Class<?>, Bean<?>> endpointBeans = new LinkedHashMap<>();
    private final List<InjectionPoint> clientPoints = new ArrayList<>();
    private final List<EndpointDeclaration> endpoints = new ArrayList<>();
    private ConfigLookup config;
    private DeclaredClients clients;
    private volatile ZmqRpcRuntime runtime;

    void addLifecycleBean(@Observes BeforeBeanDiscovery event, BeanManager beans) {
        config = ConfigLookup.detect();
        clients = new DeclaredClients(config);
        event.addAnnotatedType(EndpointLifecycle.class, EndpointLifecycle.class.getName());
        event.addAnnotatedType(RequestContextHandle.class, RequestContextHandle.class.getName());
    }

    void collectEndpoint(@Observes ProcessManagedBean<?> event) {
        if (event.getAnnotatedBeanClass().isAnnotationPresent(RemoteEndpoint.class)) {
            endpointBeans.put(event.getBean().getBeanClass(), event.getBean());
        }
    }

    void collectClient(@Observes ProcessInjectionPoint<?, ?> event) {
        InjectionPoint ip = event.getInjectionPoint();
        if (DeclaredClients.isClient(ip)) {
            clientPoints.add(ip);
        }
    }

    void declare(@Observes AfterBeanDiscovery event, BeanManager beans) {
        for (Class<?> beanClass : endpointBeans.keySet()) {
            EndpointDeclaration.read(beanClass, beanClass.getAnnotation(RemoteEndpoint.class), config, p -> event.addDefinitionError(new DefinitionException(p)))
                    .ifPresent(endpoints::add);
        }
        Set<Class<?>> clientTypes = new LinkedHashSet<>();
        for (InjectionPoint ip : clientPoints) {
            clients.declare(ip, p -> event.addDefinitionError(new DefinitionException(p)))
                    .ifPresent(d -> clientTypes.add(d.type()));
        }
        clientTypes.forEach(type -> addClientBean(event, beans, type));
        if (HealthPresence.detected()) {
            Map<String, Class<?>> checked = new LinkedHashMap<>();
            endpoints.forEach(d -> checked.putIfAbsent(d.name(), d.beanClass()));
            HealthBeans.addTo(event, checked, () -> runtime);
        }
    }

    /**
     * One bean per injected type: {@code @RpcClient}'s members are all non-binding, so it serves
     * every injection point of the type and reads the point's own settings when it is injected.
     * Its bean class is the type, which interceptors that ask for the intercepted bean (Fault
     * Tolerance reads its annotations from that class) find; the interceptors are dependents of
     * the client, destroyed with it.
     */
    private void addClientBean(AfterBeanDiscovery event, BeanManager beans, Class<?> type) {
        event.addBean()
                .beanClass(type)
                .types(type, Object.class)
                .qualifiers(RpcClient.Literal.INSTANCE, Any.Literal.INSTANCE)
                .scope(Dependent.class)
                .id(ZmqRpcExtension.class.getName() + ".client." + type.getName())
                .createWith(bean -> runtime().inject(
                        clients.of(beans.createInstance().select(InjectionPoint.class).get()), bean));
    }

    void prepare(@Observes AfterDeploymentValidation event, BeanManager beans) {
        List<String> problems = new ArrayList<>();
        runtime = RuntimeAssembly.assemble(endpoints, endpointBeans::get, beans,
                beans.createInstance().select(RequestContextHandle.class), config, problems::add);
        problems.forEach(p -> event.addDeploymentProblem(new DeploymentException(p)));
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
