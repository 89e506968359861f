package io.zmqrpc.cdi.server;

import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.health.ServerHealth;
import jakarta.enterprise.context.spi.CreationalContext;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One server and the endpoint beans it serves (several when they share the address): starts it
 * with the shared settings, logs each bean's start and stop, and releases {@code @Dependent}
 * references when stopped.
 */
public final class EndpointServer {

    private static final System.Logger LOG = System.getLogger(EndpointServer.class.getName());

    private final List<EndpointDeclaration> members;
    private final SharedSettings settings;
    private final Object handler;
    private final List<CreationalContext<?>> dependents;
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile RpcServer server;
    /** The server once started, kept through its stop: its health tells draining and closed apart. */
    private volatile RpcServer started;

    EndpointServer(List<EndpointDeclaration> members, SharedSettings settings, Object handler,
            List<CreationalContext<?>> dependents) {
        this.members = List.copyOf(members);
        this.settings = settings;
        this.handler = handler;
        this.dependents = List.copyOf(dependents);
    }

    /**
     * The configuration names of the beans served.
     *
     * @return the names
     */
    public List<String> names() {
        return members.stream().map(EndpointDeclaration::name).toList();
    }

    /**
     * The endpoints served on, or empty before start.
     *
     * @return the endpoints
     */
    public List<String> endpoints() {
        RpcServer s = server;
        return s == null ? List.of() : s.endpoints();
    }

    /**
     * The server's health, or empty before it started.
     *
     * @return the health
     */
    public Optional<ServerHealth> health() {
        return Optional.ofNullable(started).map(RpcServer::health);
    }

    /**
     * Starts the server.
     *
     * @param base the options every server shares (registry, translators, executor, wrapper, grace)
     * @throws IllegalStateException naming the address when it cannot be bound or connected
     */
    public void start(ServerOptions base) {
        EndpointDeclaration first = members.get(0);
        ServerOptions options = settings.applyTo(base.toBuilder()
                .name(String.join("+", names()))
                .bind(first.bind().toArray(String[]::new))
                .connect(first.connect().toArray(String[]::new))).build();
        server = ZmqRpc.serve(settings.pattern(), handler, options);
        started = server;
        for (String name : names()) {
            LOG.log(Level.INFO, "zmqrpc endpoint " + name + " started on " + server.endpoints());
        }
    }

    /**
     * Stops taking requests, lets calls in flight finish within the grace, closes the socket and
     * releases {@code @Dependent} bean instances. Does nothing when not started.
     *
     * @param grace how long calls in flight may still run
     */
    public void stop(Duration grace) {
        RpcServer s = server;
        server = null;
        try {
            if (s != null) {
                s.close(grace);
                for (String name : names()) {
                    LOG.log(Level.INFO, "zmqrpc endpoint " + name + " stopped");
                }
            }
        } finally {
            release();
        }
    }

    /** Destroys the {@code @Dependent} instances this server holds. */
    void release() {
        if (released.getAndSet(true)) {
            return;
        }
        for (CreationalContext<?> cc : dependents) {
            try {
                cc.release();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "zmqrpc: releasing an endpoint bean failed", e);
            }
        }
    }
}
