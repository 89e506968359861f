package io.zmqrpc.runtime.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.PubSubClient;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.PubSubServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.client.PubClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PubSubTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final byte[] BINARY = {0, (byte) 0xFF, 7};

    @Test
    void eachSubscriberGetsTheTopicsItsPrefixesMatch() {
        try (Subscriber news = new Subscriber(o -> o.subscribe("news"));
                Subscriber sport = new Subscriber(o -> o.subscribe("sport").subscribe(BINARY));
                Subscriber all = new Subscriber(o -> o.subscribe(""));
                PubSubClient client = ZmqRpc.connectPubSub(
                        ClientOptions.connect(news.endpoint(), sport.endpoint(), all.endpoint()))) {
            assertThat(client.awaitSubscriptions("news", 2, WAIT)).isTrue();
            assertThat(client.awaitSubscriptions("sport", 2, WAIT)).isTrue();
            assertThat(client.awaitSubscriptions(BINARY, 2, WAIT)).isTrue();

            client.publish("news").call("event", "news", 1);
            client.publish("sport").call("event", "sport", 1);
            client.publish("newsflash").call("event", "newsflash", 1);
            client.publish("new").call("event", "new", 1);
            client.publish((String) null).call("event", "none", 1);
            client.publish("").call("event", "empty", 1);
            client.publish(new byte[] {0, (byte) 0xFF, 7, 9}).call("event", "binary", 1);
            client.publish(new byte[] {0, (byte) 0xFE}).call("event", "otherbinary", 1);
            client.publish("news").call("event", "end", 0);
            client.publish("sport").call("event", "end", 0);

            assertThat(news.inbox.takeUntil("end0")).containsExactly("news1", "newsflash1");
            assertThat(sport.inbox.takeUntil("end0")).containsExactly("sport1", "binary1");
            assertThat(all.inbox.takeUntil("end0")).containsExactly("news1", "sport1", "newsflash1", "new1", "none1",
                    "empty1", "binary1", "otherbinary1");
            assertThat(all.inbox.take(1)).containsExactly("end0");
        }
    }

    @Test
    void keywordArgumentsNamespacesAndTypedProxies() {
        try (Subscriber sub = new Subscriber("ns", o -> o.subscribe("t"));
                PubSubClient client = ZmqRpc.connectPubSub(ClientOptions.connect(sub.endpoint()))) {
            assertThat(client.awaitSubscriptions("t", 1, WAIT)).isTrue();
            client.publish("t").call("ns.event", List.of(), Map.of("n", 2, "what", "kw"));
            client.publish("t").call("ns.event", List.of("mixed"), Map.of("n", 3));
            client.publish("t").proxy(Events.class, "ns").event("typed", 4);
            client.publish("other").proxy(Events.class, "ns").event("filtered", 5);
            client.publish("t").call("ns.event", "end", 0);

            assertThat(sub.inbox.takeUntil("end0")).containsExactly("kw2", "mixed3", "typed4");
        }
    }

    @Test
    void publicationsNoSubscriptionMatchesAreCounted() {
        try (Subscriber sub = new Subscriber(o -> o);
                PubClient client = new PubClient(ClientOptions.connect(sub.endpoint()))) {
            sub.server.subscribe("a");
            assertThat(client.awaitSubscriptions("a", 1, WAIT)).isTrue();
            client.publish("a").call("event", "a", 1);
            client.publish("b").call("event", "b", 1);
            client.publish("b").call("event", "b", 2);
            client.publish("a").call("event", "end", 0);
            assertThat(sub.inbox.takeUntil("end0")).containsExactly("a1");
            assertThat(client.unmatchedPublications()).as("the two on topic b, which nobody subscribed to").isEqualTo(2);
        }
    }

    @Test
    void subscriptionsChangeAtRunTime() {
        try (Subscriber sub = new Subscriber(o -> o);
                PubSubClient client = ZmqRpc.connectPubSub(ClientOptions.connect(sub.endpoint()))) {
            sub.server.subscribe("a");
            assertThat(client.awaitSubscriptions("a", 1, WAIT)).isTrue();
            client.publish("a").call("event", "a", 1);
            client.publish("b").call("event", "b", 1);
            client.publish("a").call("event", "end", 0);
            assertThat(sub.inbox.takeUntil("end0")).containsExactly("a1");

            sub.server.unsubscribe("a");
            sub.server.subscribe("b".getBytes(StandardCharsets.UTF_8));
            // Subscription changes travel in order on one connection: once "b" has arrived, so has
            // the unsubscription of "a".
            assertThat(client.awaitSubscriptions("b", 1, WAIT)).isTrue();
            client.publish("a").call("event", "a", 2);
            client.publish("b").call("event", "b", 2);
            client.publish("b").call("event", "end", 0);
            assertThat(sub.inbox.takeUntil("end0")).containsExactly("b2");
        }
    }

    @Test
    void subscriptionsOfAClosedServerCannotChange() {
        Subscriber sub = new Subscriber(o -> o.subscribe("a"));
        sub.close();
        assertThatThrownBy(() -> sub.server.subscribe("b"))
                .isInstanceOf(io.zmqrpc.ServiceClosedException.class)
                .hasMessage("server zmqrpc is closed");
    }

    @Test
    void onlyAPubSubServerHasSubscriptions() {
        try (io.zmqrpc.runtime.RpcServer pull = ZmqRpc.servePipeline(new Object(), ServerOptions.bind("tcp://127.0.0.1:*"))) {
            // Subscriptions are a type's business, not a run-time check: a pipeline server has none.
            assertThat(pull).isNotInstanceOf(PubSubServer.class);
        }
    }

    @Test
    void publisherMayBindAndSubscribersConnect() {
        try (PubSubClient client = ZmqRpc.connectPubSub(ClientOptions.builder().bind("tcp://127.0.0.1:*").build());
                Subscriber sub = new Subscriber(o -> o.connect(endpointOf(client)).subscribe("x"))) {
            assertThat(client.awaitSubscriptions("x", 1, WAIT)).isTrue();
            client.publish("x").call("event", "bound", 1);
            assertThat(sub.inbox.take(1)).containsExactly("bound1");
        }
    }

    private static String endpointOf(PubSubClient client) {
        return ((io.zmqrpc.runtime.client.PubClient) client).endpoints().get(0);
    }
}
