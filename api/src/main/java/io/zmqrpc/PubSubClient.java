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
 * "slow joiner"). Two waits help:
 * <ul>
 * <li>{@link #awaitSubscriptions(String, int, Duration)} waits until the given number of
 * subscriptions matching a topic have reached this publisher. Once it returns true, what is
 * published next on that topic is delivered to those subscribers (as long as they stay connected
 * and their queues are below the high-water mark). This is the guarantee to rely on.</li>
 * <li>{@link #awaitSubscribers(int, Duration)} waits until the given number of peers are connected,
 * then a short settle time for their subscriptions to travel. ZeroMQ tells nothing when a
 * subscription arrives, so this is likely, not certain.</li>
 * </ul>
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

    /** The settle time of {@link #awaitSubscribers(int, Duration)}. */
    Duration DEFAULT_SETTLE_TIME = Duration.ofMillis(100);

    /**
     * Waits until at least {@code subscribers} peers are connected (tcp and ipc; connections over
     * inproc are not reported), then {@link #DEFAULT_SETTLE_TIME} for their subscriptions to
     * arrive. A connection says nothing about its subscriptions: prefer
     * {@link #awaitSubscriptions(String, int, Duration)} when the topic is known.
     *
     * @param subscribers how many subscriber connections to wait for
     * @param timeout how long to wait for the connections (the settle time comes on top)
     * @return true when they connected in time; false on timeout or interruption
     */
    default boolean awaitSubscribers(int subscribers, Duration timeout) {
        return awaitSubscribers(subscribers, timeout, DEFAULT_SETTLE_TIME);
    }

    /**
     * Waits until at least {@code subscribers} peers are connected, then {@code settle}.
     *
     * @param subscribers how many subscriber connections to wait for
     * @param timeout how long to wait for the connections
     * @param settle how long to wait after they connected, for their subscriptions to travel
     * @return true when they connected in time; false on timeout or interruption
     * @since 1.0
     */
    boolean awaitSubscribers(int subscribers, Duration timeout, Duration settle);

    /**
     * Waits until at least {@code subscriptions} subscriptions whose prefix matches {@code topic}
     * have reached this publisher. Each subscriber sends one per prefix it subscribes to, so a
     * subscriber holding two matching prefixes counts twice. A subscription given up by every
     * subscriber that held it no longer counts; one still held by others counts as before.
     *
     * @param topic the topic about to be published; empty for no topic
     * @param subscriptions how many matching subscriptions to wait for
     * @param timeout how long to wait at most
     * @return true when they arrived in time; false on timeout or interruption
     * @since 1.0
     */
    boolean awaitSubscriptions(byte[] topic, int subscriptions, Duration timeout);

    /**
     * Waits for subscriptions matching a text topic, sent as UTF-8.
     *
     * @param topic the topic; null or empty for no topic
     * @param subscriptions how many matching subscriptions to wait for
     * @param timeout how long to wait at most
     * @return true when they arrived in time
     * @since 1.0
     */
    default boolean awaitSubscriptions(String topic, int subscriptions, Duration timeout) {
        return awaitSubscriptions(topic == null ? new byte[0] : topic.getBytes(StandardCharsets.UTF_8),
                subscriptions, timeout);
    }

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
