package io.zmqrpc.cdi.health;

import io.zmqrpc.runtime.health.ServerHealth;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The readiness of one endpoint bean, {@code zmqrpc-server-<name>}: up while its server serves
 * (bound or connected, its socket thread alive, not draining), down before it started, while it
 * drains and once closed. Its data: {@code state} ({@code not started}, {@code serving},
 * {@code draining}, {@code closed}), and once started {@code pattern}, {@code endpoints} (comma
 * separated), {@code in-flight} and {@code socket-thread-alive}.
 */
public final class EndpointReadiness implements HealthCheck {

    /** The prefix of the checks' names. */
    static final String PREFIX = "zmqrpc-server-";

    private final String endpoint;
    private final Supplier<HealthSource> source;

    EndpointReadiness(String endpoint, Supplier<HealthSource> source) {
        this.endpoint = endpoint;
        this.source = source;
    }

    @Override
    public HealthCheckResponse call() {
        HealthSource servers = source.get();
        Optional<ServerHealth> health = servers == null ? Optional.empty() : servers.endpoint(endpoint);
        HealthCheckResponseBuilder response = HealthCheckResponse.named(PREFIX + endpoint);
        if (health.isEmpty()) {
            return response.down().withData("state", "not started").build();
        }
        ServerHealth h = health.get();
        return response.status(h.up())
                .withData("state", h.state().label())
                .withData("pattern", h.pattern().name())
                .withData("endpoints", String.join(",", h.endpoints()))
                .withData("in-flight", h.inFlight())
                .withData("socket-thread-alive", h.socketThreadAlive())
                .build();
    }
}
