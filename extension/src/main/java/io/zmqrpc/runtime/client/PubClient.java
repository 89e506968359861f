package io.zmqrpc.runtime.client;

import io.zmqrpc.PubSubClient;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.wire.Framing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.zeromq.SocketType;

/**
 * {@link PubSubClient} over an XPUB socket: to its subscribers an XPUB is a PUB (aiozmq's SUB
 * servers connect to it unchanged), and it lets the publisher read the subscriptions that arrive,
 * which is what {@link #awaitSubscriptions} waits for.
 */
public final class PubClient extends OneWayClient implements PubSubClient {

    private final Subscribers subscribers;

    /**
     * Opens a pub/sub client.
     *
     * @param options endpoints and the rest
     */
    public PubClient(ClientOptions options) {
        this(new Subscribers(), options);
    }

    private PubClient(Subscribers subscribers, ClientOptions options) {
        super(new OneWayConnection(SocketType.XPUB, Framing.PUBSUB, options, subscribers));
        this.subscribers = subscribers;
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
    public boolean awaitSubscribers(int count, Duration timeout, Duration settle) {
        if (!subscribers.awaitPeers(count, timeout)) {
            return false;
        }
        try {
            Thread.sleep(settle.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean awaitSubscriptions(byte[] topic, int count, Duration timeout) {
        return subscribers.awaitSubscriptions(topic == null ? new byte[0] : topic, count, timeout);
    }
}
