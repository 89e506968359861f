package io.zmqrpc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A pub/sub client (aiozmq's {@code connect_pubsub}): publishes calls to a topic through a PUB
 * socket; every connected subscriber whose subscription is a byte prefix of the topic receives it.
 *
 * <p>ZeroMQ drops what is published before a subscriber's subscription has arrived (the
 * "slow joiner"). {@link #awaitSubscribers(int, Duration)} waits until the given number of
 * subscriber connections are established and their subscriptions had time to arrive; nothing
 * guarantees delivery beyond that.
 */
public interface PubSubClient extends AutoCloseable {

    /**
     * Chooses the topic of the next call (aiozmq's {@code client.publish(topic)}).
     *
     * @param topic the topic bytes; empty for no topic
     * @return a publisher for calls on that topic
     */
    Publisher publish(byte[] topic);

    /**
     * Chooses a text topic, sent as UTF-8.
     *
     * @param topic the topic; null or empty for no topic
     * @return a publisher for calls on that topic
     */
    default Publisher publish(String topic) {
        return publish(topic == null ? new byte[0] : topic.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Waits until at least {@code subscribers} peers are connected, then a short settle time for
     * their subscriptions to arrive.
     *
     * @param subscribers how many subscriber connections to wait for
     * @param timeout how long to wait at most
     * @return true when they connected in time
     */
    boolean awaitSubscribers(int subscribers, Duration timeout);

    /** Closes the socket. */
    @Override
    void close();

    /** Publishes calls on one topic. */
    interface Publisher {

        /**
         * Publishes a call with positional and keyword arguments.
         *
         * @param name the remote method name
         * @param args the positional arguments
         * @param kwargs the keyword arguments
         */
        void call(String name, List<?> args, Map<String, ?> kwargs);

        /**
         * Publishes a call with positional arguments.
         *
         * @param name the remote method name
         * @param args the positional arguments
         */
        default void call(String name, Object... args) {
            call(name, java.util.Arrays.asList(args), Map.of());
        }

        /**
         * A typed proxy whose {@code void} methods publish on this topic.
         *
         * @param type the interface
         * @param namespace a namespace prefix, or empty
         * @param <T> the interface type
         * @return the proxy
         */
        <T> T proxy(Class<T> type, String namespace);
    }
}
