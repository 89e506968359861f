package io.zmqrpc.cdi;

import io.zmqrpc.ServedEndpoints;
import io.zmqrpc.cdi.client.ClientConnections;
import io.zmqrpc.cdi.client.ClientDeclaration;
import io.zmqrpc.cdi.health.HealthSource;
import io.zmqrpc.cdi.intercept.InterceptedClients;
import io.zmqrpc.cdi.server.EndpointServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.health.ServerHealth;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the extension runs for one container: the planned servers and the client connections.
 * Started on {@code Startup}, stopped on {@code Shutdown} (or {@code BeforeShutdown}, whichever
 * comes first); stopping twice does nothing.
 */
final class ZmqRpcRuntime implements ServedEndpoints, HealthSource {

    private static final System.Logger LOG = System.getLogger(ZmqRpcRuntime.class.getName());

    /** How long past the grace a stop waits for the servers before giving up on them (never hang). */
    private static final Duration STOP_MARGIN = Duration.ofSeconds(10);

    private final List<EndpointServer> servers;
    private final ClientConnections clients;
    private final InterceptedClients intercepted;
    private final ServerOptions base;
    private final Duration grace;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    ZmqRpcRuntime(List<EndpointServer> servers, ClientConnections clients, InterceptedClients intercepted,
            ServerOptions base, Duration grace) {
        this.servers = List.copyOf(servers);
        this.clients = clients;
        this.intercepted = intercepted;
        this.base = base;
        this.grace = grace;
    }

    /**
     * The client to inject for a declaration (release it with {@link InterceptedClients#release}),
     * its interceptors made dependents of the client bean's creational context when there is one.
     */
    Object inject(ClientDeclaration d, CreationalContext<?> bean) {
        return intercepted.create(d, clients, bean);
    }

    /** Starts every server; when one fails, stops those started and fails the deployment naming it. */
    void start() {
        if (stopped.get() || !started.compareAndSet(false, true)) {
            return;
        }
        for (EndpointServer server : servers) {
            try {
                server.start(base);
            } catch (RuntimeException e) {
                stop();
                throw new DeploymentException("zmqrpc: endpoint " + String.join("+", server.names())
                        + " could not start: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Stops taking requests everywhere at once, lets calls in flight finish within the grace, closes
     * the servers and then the clients.
     */
    void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (EndpointServer server : servers) {
            closing.add(CompletableFuture.runAsync(() -> server.stop(grace), runnable -> {
                Thread t = new Thread(runnable, "zmqrpc-stop-" + String.join("+", server.names()));
                t.setDaemon(true);
                t.start();
            }));
        }
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
                    .get(grace.plus(STOP_MARGIN).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "zmqrpc: stopping the endpoints did not complete cleanly", e);
        } finally {
            clients.closeAll();
            closeInvocations();
        }
    }

    /** Releases what the handlers' invocation wrapper holds (the pooled request context controllers). */
    private void closeInvocations() {
        if (!(base.invocationWrapper() instanceof AutoCloseable invocations)) {
            return;
        }
        try {
            invocations.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "zmqrpc: releasing the request context controllers failed", e);
        }
    }

    @Override
    public List<String> of(String name) {
        return servers.stream().filter(s -> s.names().contains(name)).findFirst()
                .map(EndpointServer::endpoints)
                .orElseThrow(() -> new IllegalArgumentException("no zmqrpc endpoint named " + name));
    }

    @Override
    public Optional<ServerHealth> endpoint(String endpoint) {
        return servers.stream().filter(s -> s.names().contains(endpoint)).findFirst().flatMap(EndpointServer::health);
    }

    @Override
    public List<ServerHealth> servers() {
        return servers.stream().map(EndpointServer::health).flatMap(Optional::stream).toList();
    }
}
