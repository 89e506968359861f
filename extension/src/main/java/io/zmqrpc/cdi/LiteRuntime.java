package io.zmqrpc.cdi;

import io.zmqrpc.cdi.client.DeclaredClients;
import io.zmqrpc.cdi.config.ConfigLookup;
import io.zmqrpc.cdi.health.HealthSource;
import io.zmqrpc.cdi.server.EndpointDeclaration;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime of a container where the build-compatible extension runs, assembled on first use
 * (the first client injected or the {@code Startup} event) from the endpoint beans the container
 * holds and the configuration as it is at run time: a build-time check saw the build's
 * configuration, which a Quarkus application may override when it starts. A problem found here
 * (two beans serving one name, a key naming no exception class) fails with the same message the
 * portable extension reports.
 */
@Singleton
public class LiteRuntime {

    private BeanManager beans;
    private Instance<RequestContextHandle> requestContexts;
    private DeclaredClients clients;
    private ZmqRpcRuntime runtime;
    private DeploymentException failure;

    /** For the container. */
    protected LiteRuntime() {
    }

    /**
     * Created by the container.
     *
     * @param beans the bean manager
     * @param requestContexts the handles the handlers' calls activate request contexts with (an
     *     injection point, so that Quarkus keeps the bean)
     */
    @Inject
    public LiteRuntime(BeanManager beans, Instance<RequestContextHandle> requestContexts) {
        this.beans = beans;
        this.requestContexts = requestContexts;
    }

    /** The runtime, assembled on first use; a failed assembly fails every use the same way. */
    synchronized ZmqRpcRuntime runtime() {
        if (failure != null) {
            throw failure;
        }
        if (runtime == null) {
            ConfigLookup config = ConfigLookup.detect();
            List<String> problems = new ArrayList<>();
            clients = new DeclaredClients(config);
            declareClients(problems);
            EndpointBeans endpointBeans = EndpointBeans.find(beans);
            List<EndpointDeclaration> endpoints = new ArrayList<>();
            endpointBeans.classes().forEach(c -> EndpointDeclaration.read(c, EndpointBeans.annotation(c), config,
                    problems::add).ifPresent(endpoints::add));
            ZmqRpcRuntime assembled = RuntimeAssembly.assemble(endpoints, endpointBeans::bean, beans,
                    requestContexts, config, problems::add);
            if (!problems.isEmpty()) {
                assembled.stop();
                failure = new DeploymentException(String.join("\n", problems));
                throw failure;
            }
            runtime = assembled;
        }
        return runtime;
    }

    /**
     * What the health checks read: the runtime, assembled on first use like any other.
     *
     * @return the runtime
     */
    public HealthSource health() {
        return runtime();
    }

    /** Stops the runtime if it was assembled (stopping twice does nothing). */
    synchronized void stopIfAssembled() {
        if (runtime != null) {
            runtime.stop();
        }
    }

    /**
     * Reads the client injection points of the beans the container reports them for (Weld does;
     * Quarkus does not, and its points are read when injected), as the portable extension does at
     * deployment.
     */
    private void declareClients(List<String> problems) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            bean.getInjectionPoints().stream().filter(DeclaredClients::isClient)
                    .forEach(ip -> clients.declare(ip, problems::add));
        }
    }

    /** What to inject at an {@code @RpcClient} injection point. */
    Object inject(InjectionPoint ip) {
        ZmqRpcRuntime r = runtime();
        // the creator is given no creational context: the interceptors get their own
        return r.inject(clients.of(ip), null);
    }
}
