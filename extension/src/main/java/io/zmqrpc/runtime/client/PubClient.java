package io.zmqrpc.runtime.client;

import io.zmqrpc.PubSubClient;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.wire.Framing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.zeromq.SocketType;

/**
 * {@link PubSubClient} over an XPUB socket: to its subscribers an XPUB is a PUB (aiozmq's SUB
 * servers connect to it unchanged), and it lets the publisher read the subscriptions that arrive,
 * which is what {@link #awaitSubscriptions} waits for.
 */
public final class PubClient extends OneWayClient implements PubSubClient {

    private final Subscribers subscribers;
    private final AtomicLong unmatched = new AtomicLong();

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
                if (!subscribers.anyMatching(copy)) {
                    unmatched.incrementAndGet();
                }
            }

            @Override
            public <T> T proxy(Class<T> type, String namespace) {
                return ProxyFactory.create(type, namespace, new NotifyingProxyTarget(this::call));
            }
        };
    }

    /**
     * Publications made while no subscription matching their topic had reached this publisher:
     * ZeroMQ drops those (no subscriber yet, the slow joiner, or none for that topic). Counted
     * when the call is made, so a subscription arriving at that very moment may make it off by one.
     * A publication dropped because one subscriber's pipe was full is not counted: ZeroMQ does not
     * tell a publisher which subscriber missed what (docs/reliability.md).
     *
     * @return the count since the client was opened
     */
    public long unmatchedPublications() {
        return unmatched.get();
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
