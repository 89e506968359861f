package io.zmqrpc.runtime.client;

import io.zmqrpc.PubSubClient;
import io.zmqrpc.runtime.RpcOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.zeromq.SocketType;

/** {@link PubSubClient} over a PUB socket. */
public final class PubClient implements PubSubClient {

    private final OneWayConnection connection;

    private PubClient(OneWayConnection connection) {
        this.connection = connection;
    }

    /**
     * Opens a pub/sub client.
     *
     * @param options endpoints and the rest
     * @return the client
     */
    public static PubClient open(RpcOptions options) {
        return new PubClient(new OneWayConnection(SocketType.PUB, options));
    }

    @Override
    public Publisher publish(byte[] topic) {
        byte[] copy = topic == null ? new byte[0] : topic.clone();
        return new Publisher() {
            @Override
            public void call(String name, List<?> args, Map<String, ?> kwargs) {
                connection.send(copy, name, args, kwargs);
            }

            @Override
            public <T> T proxy(Class<T> type, String namespace) {
                return ProxyFactory.create(type, namespace, new NotifyingProxyTarget(this::call));
            }
        };
    }

    @Override
    public boolean awaitSubscribers(int subscribers, Duration timeout) {
        throw new UnsupportedOperationException("awaitSubscribers is not implemented yet");
    }

    @Override
    public void close() {
        connection.close();
    }
}
