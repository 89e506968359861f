package io.zmqrpc.runtime.client;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.runtime.RpcOptions;
import java.util.List;
import java.util.Map;
import org.zeromq.SocketType;

/** {@link PipelineClient} over a PUSH socket. */
public final class PushClient implements PipelineClient {

    private final OneWayConnection connection;

    private PushClient(OneWayConnection connection) {
        this.connection = connection;
    }

    /**
     * Opens a pipeline client.
     *
     * @param options endpoints and the rest
     * @return the client
     */
    public static PushClient open(RpcOptions options) {
        return new PushClient(new OneWayConnection(SocketType.PUSH, options, null));
    }

    @Override
    public void notify(String name, List<?> args, Map<String, ?> kwargs) {
        connection.send(null, name, args, kwargs);
    }

    @Override
    public <T> T proxy(Class<T> type, String namespace) {
        return ProxyFactory.create(type, namespace, new NotifyingProxyTarget(this::notify));
    }

    /**
     * The endpoints the socket is bound to, wildcard ports resolved, then those it connected to.
     *
     * @return the endpoints
     */
    public List<String> endpoints() {
        return connection.loop().endpoints();
    }

    @Override
    public void close() {
        connection.close();
    }
}
