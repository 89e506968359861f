package io.zmqrpc.runtime.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.PubSubClient;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.PythonPeer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pub/sub interop with Debian's python3-aiozmq, both directions, with two topics and a subscriber
 * per topic on each side: every subscriber gets exactly the topics its prefix matches.
 */
class PubSubInteropTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void javaPublisherReachesPythonAndJavaSubscribers() {
        try (PythonPeer pyAlpha = PythonPeer.startServer("python/pubsub_server.py", "alpha");
                PythonPeer pyBeta = PythonPeer.startServer("python/pubsub_server.py", "beta");
                Subscriber javaAlpha = new Subscriber(Recorder::new, o -> o.subscribe("alpha"));
                Subscriber javaBeta = new Subscriber(Recorder::new, o -> o.subscribe("beta".getBytes()));
                PubSubClient client = ZmqRpc.connectPubSub(ClientOptions.connect(pyAlpha.endpoint(), pyBeta.endpoint(),
                        javaAlpha.endpoint(), javaBeta.endpoint()))) {
            assertThat(client.awaitSubscriptions("alpha", 2, WAIT)).isTrue();
            assertThat(client.awaitSubscriptions("beta", 2, WAIT)).isTrue();

            for (int i = 0; i < 2; i++) {
                client.publish("alpha").call("record", List.of("alpha", i), Map.of("kind", "java"));
                client.publish("beta".getBytes()).call("record", List.of("beta", i), Map.of("kind", "java"));
            }
            client.publish("alphabet").call("record", List.of("alphabet", 0), Map.of("kind", "java"));
            client.publish("gamma").call("record", List.of("gamma", 0), Map.of("kind", "java"));
            client.publish("").call("record", List.of("none", 0), Map.of("kind", "java"));
            client.publish("alpha").call("record", List.of("end", 0), Map.of("kind", "java"));
            client.publish("beta").call("record", List.of("end", 0), Map.of("kind", "java"));

            assertThat(linesUntilEnd(pyAlpha)).containsExactly(
                    python("alpha", 0), python("alpha", 1), python("alphabet", 0));
            assertThat(linesUntilEnd(pyBeta)).containsExactly(python("beta", 0), python("beta", 1));
            assertThat(javaAlpha.inbox.takeUntil("java:end0")).containsExactly(
                    "java:alpha0", "java:alpha1", "java:alphabet0");
            assertThat(javaBeta.inbox.takeUntil("java:end0")).containsExactly("java:beta0", "java:beta1");
        }
    }

    @Test
    void pythonPublisherReachesJavaSubscribers() {
        try (Subscriber alpha = new Subscriber(Recorder::new, o -> o.subscribe("alpha"));
                Subscriber beta = new Subscriber(Recorder::new, o -> o.subscribe("beta"))) {
            List<String> out = PythonPeer.run(WAIT, "python/pubsub_client.py", alpha.endpoint(), beta.endpoint());

            assertThat(out).containsExactly("SENT");
            assertThat(alpha.inbox.take(3)).containsExactly("py:alpha0", "py:alpha1", "py:alphabet0");
            assertThat(beta.inbox.take(2)).containsExactly("py:beta0", "py:beta1");
            assertThat(alpha.inbox.rest(Duration.ofMillis(200))).isEmpty();
            assertThat(beta.inbox.rest(Duration.ZERO)).isEmpty();
        }
    }

    private static String python(String what, int i) {
        return "[\"record\", [\"" + what + "\", " + i + "], {\"kind\": \"java\"}]";
    }

    private static List<String> linesUntilEnd(PythonPeer peer) {
        List<String> lines = new ArrayList<>();
        for (String line = peer.awaitLine(l -> l.startsWith("["), WAIT); !line.contains("\"end\"");
                line = peer.awaitLine(l -> l.startsWith("["), WAIT)) {
            lines.add(line);
        }
        return lines;
    }
}
