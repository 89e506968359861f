package io.zmqrpc.runtime.client;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.wire.Framing;
import java.util.List;
import java.util.Map;
import org.zeromq.SocketType;

/** {@link PipelineClient} over a PUSH socket. */
public final class PushClient extends OneWayClient implements PipelineClient {

    /**
     * Opens a pipeline client.
     *
     * @param options endpoints and the rest
     */
    public PushClient(ClientOptions options) {
        super(new OneWayConnection(SocketType.PUSH, Framing.PIPELINE, options, null));
    }

    @Override
    public void notify(String name, List<?> args, Map<String, ?> kwargs) {
        connection.send(null, name, args, kwargs);
    }

    @Override
    public <T> T proxy(Class<T> type, String namespace) {
        return ProxyFactory.create(type, namespace, new NotifyingProxyTarget(this::notify));
    }
}
