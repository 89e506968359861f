package io.zmqrpc.cdi.client;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.PubSubClient;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clients the injection points use: one connection per pattern and address, shared by every
 * injection point with that configuration (clients are thread-safe), all closed at shutdown.
 * Per-injection-point settings (timeout, namespace, topic) are views on the shared connection.
 */
public final class ClientConnections {

    private static final System.Logger LOG = System.getLogger(ClientConnections.class.getName());

    private final ClientOptions base;
    private final Map<List<Object>, AutoCloseable> open = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * Creates the pool.
     *
     * @param base the options every client shares (registry, translators, executor)
     */
    public ClientConnections(ClientOptions base) {
        this.base = base;
    }

    /**
     * What to inject at one injection point.
     *
     * @param d the injection point's declaration
     * @return a typed proxy, or a container-managed dynamic client
     */
    public Object inject(ClientDeclaration d) {
        AutoCloseable connection = connection(d);
        return switch (d.pattern()) {
            case RPC -> {
                RpcChannel client = (RpcChannel) connection;
                RpcChannel timed = d.timeout().map(client::withTimeout).orElse(client);
                yield d.type() == RpcChannel.class ? Unclosable.wrap(RpcChannel.class, timed) : timed.proxy(d.type(), d.namespace());
            }
            case PIPELINE -> {
                PipelineClient client = (PipelineClient) connection;
                yield d.type() == PipelineClient.class ? Unclosable.wrap(PipelineClient.class, client)
                        : client.proxy(d.type(), d.namespace());
            }
            case PUBSUB -> {
                PubSubClient client = (PubSubClient) connection;
                yield d.type() == PubSubClient.class ? Unclosable.wrap(PubSubClient.class, client)
                        : client.publish(d.topic()).proxy(d.type(), d.namespace());
            }
        };
    }

    /**
     * The call timeout of a declaration's clients.
     *
     * @param d the declaration
     * @return its own timeout, else the default
     */
    public Duration timeout(ClientDeclaration d) {
        return d.timeout().orElse(base.timeout());
    }

    private AutoCloseable connection(ClientDeclaration d) {
        if (closed) {
            throw new IllegalStateException("zmqrpc clients are closed: the container is shutting down");
        }
        return open.computeIfAbsent(d.connectionKey(), key -> {
            ClientOptions options = d.applyTo(base.toBuilder().name("client-" + d.name())).build();
            return switch (d.pattern()) {
                case RPC -> ZmqRpc.connectRpc(options);
                case PIPELINE -> ZmqRpc.connectPipeline(options);
                case PUBSUB -> ZmqRpc.connectPubSub(options);
            };
        });
    }

    /** Closes every connection; later injections fail. */
    public void closeAll() {
        closed = true;
        for (AutoCloseable c : new ArrayList<>(open.values())) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "zmqrpc: closing a client failed", e);
            }
        }
        open.clear();
    }
}
