package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.PubSubClient;
import io.zmqrpc.tck.fixtures.pubsub.NewsSubscriber;
import io.zmqrpc.tck.fixtures.pubsub.Newsroom;
import io.zmqrpc.tck.fixtures.pubsub.SportSubscriber;
import io.zmqrpc.tck.spi.Deployment;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code pattern = PUBSUB} beans get exactly the topics they subscribed to (prefix match) from an
 * injected {@link PubSubClient}, whose ready-waits (subscribers connected, subscriptions arrived)
 * work as in plain Java.
 */
public class PubSubEndpointTest {

    @Test
    void eachSubscriberGetsExactlyItsTopics() throws Exception {
        NewsSubscriber.RECEIVED.clear();
        SportSubscriber.RECEIVED.clear();
        // two deployments: beans with the same bind text share one server, and these must not
        try (Deployment news = Tck.deploy(NewsSubscriber.class);
                Deployment sport = Tck.deploy(SportSubscriber.class);
                Deployment client = Tck.clients(Tck.endpoint(news, "News") + "," + Tck.endpoint(sport, "Sport"),
                        Newsroom.class)) {
            PubSubClient publisher = client.select(Newsroom.class).publisher();
            assertThat(publisher.awaitSubscribers(2, Duration.ofSeconds(20))).as("both subscribers connected").isTrue();
            assertThat(publisher.awaitSubscriptions("news", 1, Duration.ofSeconds(20))).isTrue();
            assertThat(publisher.awaitSubscriptions("sport", 1, Duration.ofSeconds(20))).isTrue();
            publisher.publish("news").call("headline", "n1");
            publisher.publish("newsflash").call("headline", "n2");
            publisher.publish("new").call("headline", "too short for news");
            publisher.publish("sport").call("headline", "s1");
            publisher.publish("weather").call("headline", "nobody's");
            publisher.publish("").call("headline", "no topic");
            publisher.publish("news").call("headline", "end");
            publisher.publish("sport").call("headline", "end");
            assertThat(Messages.until(NewsSubscriber.RECEIVED, "end", 2)).containsExactlyInAnyOrder("n1", "n2");
            assertThat(Messages.until(SportSubscriber.RECEIVED, "end", 1)).containsExactly("s1");
        }
        assertThat(NewsSubscriber.RECEIVED).isEmpty();
        assertThat(SportSubscriber.RECEIVED).isEmpty();
    }
}
