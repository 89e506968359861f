package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.pubsub.NewsSubscriber;
import io.zmqrpc.tck.fixtures.pubsub.Newsroom;
import io.zmqrpc.tck.fixtures.pubsub.SportSubscriber;
import io.zmqrpc.tck.spi.Deployment;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A typed {@code void} proxy injected with {@code @RpcClient(pattern = PUBSUB, topic = "news")}
 * publishes on its topic: the {@code news} subscriber gets its calls, the {@code sport} one does not.
 */
public class PubSubTypedProxyTest {

    @Test
    void typedProxyPublishesOnItsTopic() throws Exception {
        NewsSubscriber.RECEIVED.clear();
        SportSubscriber.RECEIVED.clear();
        // two deployments: beans with the same bind text share one server, and these must not
        try (Deployment news = Tck.deploy(NewsSubscriber.class);
                Deployment sport = Tck.deploy(SportSubscriber.class);
                Deployment client = Tck.clients(Tck.endpoint(news, "News") + "," + Tck.endpoint(sport, "Sport"),
                        Newsroom.class)) {
            Newsroom newsroom = client.select(Newsroom.class);
            assertThat(newsroom.publisher().awaitSubscriptions("news", 1, Duration.ofSeconds(20))).isTrue();
            assertThat(newsroom.publisher().awaitSubscriptions("sport", 1, Duration.ofSeconds(20))).isTrue();
            newsroom.news().headline("typed 1");
            newsroom.news().headline("typed 2");
            newsroom.publisher().publish("news").call("headline", "end");
            newsroom.publisher().publish("sport").call("headline", "end");
            assertThat(Messages.until(NewsSubscriber.RECEIVED, "end", 2)).containsExactlyInAnyOrder("typed 1", "typed 2");
            assertThat(Messages.until(SportSubscriber.RECEIVED, "end", 0)).isEmpty();
        }
    }
}
