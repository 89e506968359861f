package io.zmqrpc.cli.listen;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.PubSubClient;
import io.zmqrpc.cli.testing.Cli.Result;
import io.zmqrpc.cli.testing.Cli;
import io.zmqrpc.cli.testing.JavaPeers;
import io.zmqrpc.cli.testing.Ports;
import io.zmqrpc.cli.testing.PythonPeer;
import io.zmqrpc.runtime.RpcServer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code zmqrpc listen} receiving from Java and Python publishers and pipeline clients. */
class ListenTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void fromAJavaPublisherOnlyTheSubscribedTopics() {
        String endpoint = Ports.freeEndpoint();
        Cli.Running listen = Cli.start("listen", "--bind", endpoint, "--subscribe", "alpha", "--count", "2",
                "--timeout", "30s");
        listen.awaitErr("listening on " + endpoint, WAIT);
        try (PubSubClient publisher = JavaPeers.publisher(endpoint)) {
            assertThat(publisher.awaitSubscriptions("alpha", 1, WAIT)).isTrue();
            publisher.publish("beta").call("record", 0L);
            publisher.publish("alpha").call("record", 1L, new byte[] {0, 1});
            publisher.publish("alpha.x").call("ns.record", List.of(OffsetDateTime.parse("2024-05-01T12:30Z")),
                    Map.of("n", 2.5));
        }

        assertThat(listen.await(WAIT)).isEqualTo(new Result(0,
                "{\"topic\":\"alpha\",\"method\":\"record\",\"args\":[1,{\"$bytes\":\"AAE=\"}],\"kwargs\":{}}\n"
                        + "{\"topic\":\"alpha.x\",\"method\":\"ns.record\",\"args\":[{\"$datetime\":\"2024-05-01T12:30Z\"}],"
                        + "\"kwargs\":{\"n\":2.5}}\n",
                "listening on " + endpoint + "\n"));
    }

    @Test
    void fromAPythonPublisher() {
        String endpoint = Ports.freeEndpoint();
        Cli.Running listen = Cli.start("listen", "--bind", endpoint, "--subscribe", "alpha", "--count", "3",
                "--timeout", "30s");
        listen.awaitErr("listening on", WAIT);
        Result result;
        try (PythonPeer python = PythonPeer.start("python/sender.py", "pubsub", endpoint)) {
            result = listen.await(Duration.ofSeconds(40));
        }

        assertThat(result.exit()).isZero();
        assertThat(sequence(result.lines(), "alpha")).hasSize(3)
                .satisfies(seq -> assertThat(seq.get(1) - seq.get(0)).isEqualTo(2))
                .satisfies(seq -> assertThat(seq.get(2) - seq.get(1)).isEqualTo(2));
    }

    @Test
    void pipelineFromJavaAndFromPython() {
        String endpoint = Ports.freeEndpoint();
        Cli.Running listen = Cli.start("listen", "--bind", endpoint, "--pipeline", "--count", "1", "--timeout", "30s");
        listen.awaitErr("listening on", WAIT);
        try (PipelineClient push = JavaPeers.pusher(endpoint)) {
            push.notify("jobs.resize", List.of("cat.png", 200L), Map.of("quality", "high"));
            assertThat(listen.await(WAIT).out()).isEqualTo("{\"topic\":null,\"method\":\"jobs.resize\","
                    + "\"args\":[\"cat.png\",200],\"kwargs\":{\"quality\":\"high\"}}\n");
        }

        String second = Ports.freeEndpoint();
        Cli.Running fromPython = Cli.start("listen", "--bind", second, "--pipeline", "--count", "2", "--timeout", "30s");
        fromPython.awaitErr("listening on", WAIT);
        Result result;
        try (PythonPeer python = PythonPeer.start("python/sender.py", "pipeline", second)) {
            result = fromPython.await(Duration.ofSeconds(40));
        }
        assertThat(result.exit()).isZero();
        // PUSH to one PULL loses nothing: the first two notifications, in order
        assertThat(sequence(result.lines(), null)).containsExactly(0, 1);
    }

    @Test
    void connectingToABoundPublisherWithAnEmptyTopicGetsEverything() {
        try (PubSubClient publisher = JavaPeers.boundPublisher()) {
            String endpoint = ((io.zmqrpc.runtime.client.PubClient) publisher).endpoints().get(0);
            Cli.Running listen = Cli.start("listen", "--connect", endpoint, "--subscribe", "", "--count", "1");
            assertThat(publisher.awaitSubscriptions("", 1, WAIT)).isTrue();
            publisher.publish(new byte[] {(byte) 0xff}).call("raw");

            assertThat(listen.await(WAIT).out())
                    .isEqualTo("{\"topic\":{\"$bytes\":\"/w==\"},\"method\":\"raw\",\"args\":[],\"kwargs\":{}}\n");
        }
    }

    @Test
    void fewerThanCountWithinTheTimeoutExitsThree() {
        String endpoint = Ports.freeEndpoint();
        Result result = Cli.run("listen", "--bind", endpoint, "--pipeline", "--count", "1", "--timeout", "300ms");

        assertThat(result).isEqualTo(new Result(3, "", "listening on " + endpoint + "\n"
                + "zmqrpc listen: received 0 of 1 notifications within 300ms\n"));
    }

    @Test
    void badUsageAndAnAddressInUse() {
        assertThat(Cli.run("listen", "--bind", "tcp://127.0.0.1:1").err()).isEqualTo("zmqrpc listen: Missing required "
                + "argument (specify one of these): (--pipeline | --subscribe=TOPIC [--subscribe=TOPIC]...) "
                + "(see 'zmqrpc listen --help')\n");
        assertThat(Cli.run("listen", "--bind", "tcp://127.0.0.1:1", "--connect", "tcp://127.0.0.1:2", "--pipeline")
                .exit()).isEqualTo(2);
        RpcServer server = JavaPeers.rpc(new Object() {
            @io.zmqrpc.RpcMethod
            public void x() {
            }
        });
        try {
            Result result = Cli.run("listen", "--bind", server.endpoints().get(0), "--pipeline");
            assertThat(result.exit()).isEqualTo(3);
            assertThat(result.err()).startsWith("zmqrpc listen: cannot bind " + server.endpoints().get(0) + ": ");
        } finally {
            server.close();
        }
    }

    /** The sequence numbers of sender.py's lines, checking every other field exactly. */
    private static List<Integer> sequence(List<String> lines, String topic) {
        Pattern line = Pattern.compile(Pattern.quote("{\"topic\":" + (topic == null ? "null" : "\"" + topic + "\"")
                + ",\"method\":\"record\",\"args\":[") + "(\\d+)" + Pattern.quote(",{\"$bytes\":\"AAE=\"}],"
                + "\"kwargs\":{\"when\":{\"$datetime\":\"2024-05-01T12:30Z\"}}}"));
        return lines.stream().map(l -> {
            Matcher m = line.matcher(l);
            assertThat(m.matches()).as(l).isTrue();
            return Integer.parseInt(m.group(1));
        }).toList();
    }
}
