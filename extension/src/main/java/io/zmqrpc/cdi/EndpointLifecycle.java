package io.zmqrpc.cdi;

import io.zmqrpc.ServedEndpoints;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;

/**
 * The bean the extension adds to start the endpoints when the application is up and stop them
 * when it goes down; also answers {@link ServedEndpoints}. Starting runs after the application's
 * own {@code Startup} observers of default priority; stopping before the application's
 * {@code Shutdown} observers, so handlers still find the beans they use.
 */
@ApplicationScoped
public class EndpointLifecycle implements ServedEndpoints {

    private ZmqRpcExtension extension;

    /** For the container's proxy. */
    protected EndpointLifecycle() {
    }

    /**
     * Created by the container.
     *
     * @param extension the extension holding the runtime
     */
    @Inject
    public EndpointLifecycle(ZmqRpcExtension extension) {
        this.extension = extension;
    }

    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) Startup startup) {
        extension.runtime().start();
    }

    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Shutdown shutdown) {
        extension.runtime().stop();
    }

    @Override
    public List<String> of(String name) {
        return extension.runtime().of(name);
    }
}
