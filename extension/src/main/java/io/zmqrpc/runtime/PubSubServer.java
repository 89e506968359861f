package io.zmqrpc.runtime;

import java.nio.charset.StandardCharsets;

/** A pub/sub server, whose subscriptions can change while it runs. */
public interface PubSubServer extends RpcServer {

    /**
     * Subscribes to a topic prefix.
     *
     * @param topic the byte prefix; empty for everything
     */
    void subscribe(byte[] topic);

    /**
     * Unsubscribes from a topic prefix subscribed before.
     *
     * @param topic the byte prefix
     */
    void unsubscribe(byte[] topic);

    /**
     * Subscribes to a text topic prefix, as UTF-8.
     *
     * @param topic the prefix
     */
    default void subscribe(String topic) {
        subscribe(topic.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Unsubscribes from a text topic prefix.
     *
     * @param topic the prefix
     */
    default void unsubscribe(String topic) {
        unsubscribe(topic.getBytes(StandardCharsets.UTF_8));
    }
}
