package io.zmqrpc.cdi.health;

import io.zmqrpc.runtime.health.ServerHealth;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The extension's liveness, {@code zmqrpc}: up unless a server that is not closed has lost its
 * socket thread (which nothing but a restart brings back). A server stopped on purpose is closed
 * and does not count, so an application shutting down stays live. Its data: each started server's
 * name with {@code alive}, {@code dead} or {@code closed}.
 */
public final class ExtensionLiveness implements HealthCheck {

    /** The check's name. */
    static final String NAME = "zmqrpc";

    private final Supplier<HealthSource> source;

    ExtensionLiveness(Supplier<HealthSource> source) {
        this.source = source;
    }

    @Override
    public HealthCheckResponse call() {
        HealthSource servers = source.get();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        boolean live = true;
        if (servers != null) {
            for (ServerHealth h : servers.servers()) {
                boolean closed = h.state() == ServerHealth.State.CLOSED;
                live &= closed || h.socketThreadAlive();
                response.withData(h.name(), closed ? "closed" : h.socketThreadAlive() ? "alive" : "dead");
            }
        }
        return response.status(live).build();
    }
}
