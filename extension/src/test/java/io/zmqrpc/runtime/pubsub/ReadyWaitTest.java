package io.zmqrpc.runtime.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.PubSubClient;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The slow-joiner waits: a publisher that publishes right after a wait returned true loses
 * nothing. (Without a wait, a burst right after connecting may lose its head; that is racy and
 * therefore not asserted.)
 */
class ReadyWaitTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int BURST = 1000;

    private static List<String> expected(String what) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            all.add(what + i);
        }
        return all;
    }

    private static void burst(PubSubClient client, String topic, String what) {
        PubSubClient.Publisher publisher = client.publish(topic);
        for (int i = 0; i < BURST; i++) {
            publisher.call("event", what, i);
        }
    }

    @Test
    void nothingPublishedAfterAwaitSubscriptionsIsLost() {
        try (Subscriber first = new Subscriber(o -> o.subscribe("t"));
                Subscriber second = new Subscriber(o -> o.subscribe("t"));
                PubSubClient client = ZmqRpc.connectPubSub(ClientOptions.connect(first.endpoint(), second.endpoint()))) {
            // Both hold the same prefix: each subscription counts.
            assertThat(client.awaitSubscriptions("t", 2, WAIT)).isTrue();
            burst(client, "t", "m");

            assertThat(first.inbox.take(BURST)).isEqualTo(expected("m"));
            assertThat(second.inbox.take(BURST)).isEqualTo(expected("m"));
        }
    }

    @Test
    void awaitSubscriptionsWorksForABoundPublisherAndOverInproc() {
        String address = "inproc://ready-wait-" + System.nanoTime();
        try (PubSubClient client = ZmqRpc.connectPubSub(ClientOptions.builder().bind(address).build());
                Subscriber sub = new Subscriber(o -> o.connect(address).subscribe(""))) {
            assertThat(client.awaitSubscriptions("anything", 1, WAIT)).isTrue();
            burst(client, "anything", "i");

            assertThat(sub.inbox.take(BURST)).isEqualTo(expected("i"));
            // A socket monitor reports no inproc connections.
            assertThat(client.awaitSubscribers(1, Duration.ofMillis(300), Duration.ZERO)).isFalse();
        }
    }

    @Test
    void nothingPublishedAfterAwaitSubscribersIsLost() {
        try (Subscriber first = new Subscriber(o -> o.subscribe("a"));
                Subscriber second = new Subscriber(o -> o.subscribe("b"));
                PubSubClient client = ZmqRpc.connectPubSub(ClientOptions.connect(first.endpoint(), second.endpoint()))) {
            // A generous settle time: the machine running the tests is shared and may be slow.
            assertThat(client.awaitSubscribers(2, WAIT, Duration.ofMillis(500))).isTrue();
            burst(client, "a", "a");
            burst(client, "b", "b");

            assertThat(first.inbox.take(BURST)).isEqualTo(expected("a"));
            assertThat(second.inbox.take(BURST)).isEqualTo(expected("b"));
        }
    }

    @Test
    void waitsTimeOutWhenNobodyMatches() {
        try (Subscriber sub = new Subscriber(o -> o.subscribe("x"));
                PubSubClient client = ZmqRpc.connectPubSub(ClientOptions.connect(sub.endpoint()))) {
            assertThat(client.awaitSubscriptions("x", 1, WAIT)).isTrue();
            assertThat(client.awaitSubscriptions("y", 1, Duration.ofMillis(200))).isFalse();
            assertThat(client.awaitSubscriptions("x", 2, Duration.ofMillis(200))).isFalse();
            assertThat(client.awaitSubscribers(1, WAIT, Duration.ZERO)).isTrue();
            assertThat(client.awaitSubscribers(2, Duration.ofMillis(200), Duration.ZERO)).isFalse();
        }
        try (PubSubClient lonely = ZmqRpc.connectPubSub(ClientOptions.builder().bind("tcp://127.0.0.1:*").build())) {
            assertThat(lonely.awaitSubscribers(1, Duration.ofMillis(200))).isFalse();
            assertThat(lonely.awaitSubscriptions("", 1, Duration.ofMillis(200))).isFalse();
        }
    }

    @Test
    void aPrefixGivenUpByItsOnlyHolderNoLongerCounts() {
        try (Subscriber sub = new Subscriber(o -> o.subscribe("gone").subscribe("kept"));
                PubSubClient client = ZmqRpc.connectPubSub(ClientOptions.connect(sub.endpoint()))) {
            assertThat(client.awaitSubscriptions("gone", 1, WAIT)).isTrue();
            assertThat(client.awaitSubscriptions("kept", 1, WAIT)).isTrue();
            sub.server.unsubscribe("gone");
            sub.server.subscribe("marker");
            assertThat(client.awaitSubscriptions("marker", 1, WAIT)).isTrue();

            assertThat(client.awaitSubscriptions("gone", 1, Duration.ofMillis(200))).isFalse();
            assertThat(client.awaitSubscriptions("kept", 1, Duration.ZERO)).isTrue();
        }
    }
}
