package io.zmqrpc.cdi;

import io.zmqrpc.ServedEndpoints;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.function.Supplier;

/**
 * The bean either front door adds to start the endpoints when the application is up and stop them
 * when it goes down; also answers {@link ServedEndpoints}. Starting runs after the application's
 * own {@code Startup} observers of default priority; stopping before the application's
 * {@code Shutdown} observers, so handlers still find the beans they use. The runtime comes from
 * the portable extension when it runs, else from {@link LiteRuntime}, the build-compatible
 * extension's bean.
 */
@ApplicationScoped
public class EndpointLifecycle implements ServedEndpoints {

    private Supplier<ZmqRpcRuntime> runtime;
    private Instance<LiteRuntime> lite;

    /** For the container's proxy. */
    protected EndpointLifecycle() {
    }

    /**
     * Created by the container.
     *
     * @param portable the portable extension, unresolvable when the build-compatible one runs
     * @param lite the build-compatible extension's runtime, unresolvable when the portable one runs
     */
    @Inject
    public EndpointLifecycle(Instance<ZmqRpcExtension> portable, Instance<LiteRuntime> lite) {
        this.runtime = portable.isResolvable() ? portable.get()::runtime : () -> lite.get().runtime();
        this.lite = lite;
    }

    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) Startup startup) {
        runtime.get().start();
    }

    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Shutdown shutdown) {
        runtime.get().stop();
    }

    /**
     * A container that fires no {@code Shutdown} still destroys this bean: the build-compatible
     * extension's servers stop then (the portable extension has {@code BeforeShutdown}).
     */
    @PreDestroy
    void stopAtLatest() {
        if (lite.isResolvable()) {
            lite.get().stopIfAssembled();
        }
    }

    @Override
    public List<String> of(String name) {
        return runtime.get().of(name);
    }
}
