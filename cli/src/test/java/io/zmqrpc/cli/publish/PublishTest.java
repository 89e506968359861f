package io.zmqrpc.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cli.testing.Cli.Result;
import io.zmqrpc.cli.testing.Cli;
import io.zmqrpc.cli.testing.JavaPeers;
import io.zmqrpc.cli.testing.PythonPeer;
import io.zmqrpc.cli.testing.Received;
import io.zmqrpc.runtime.RpcServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code zmqrpc publish} to Java and Python subscribers, and to a subscriber of another topic. */
class PublishTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aJavaSubscriberGetsThePublishedCall() {
        Received received = new Received();
        RpcServer server = JavaPeers.subscriber(received.handler(), "alpha");
        try {
            Result result = Cli.run("publish", server.endpoints().get(0), "alpha.1", "record", "1", "kind=cli");

            assertThat(result).isEqualTo(new Result(0, "", ""));
            assertThat(received.next(WAIT)).isEqualTo(List.of(List.of(1L), Map.of("kind", "cli")));
        } finally {
            server.close();
        }
    }

    @Test
    void aPythonSubscriberGetsThePublishedCall() {
        try (PythonPeer python = PythonPeer.start("python/receiver.py", "pubsub", "alpha")) {
            Result result = Cli.run("publish", python.endpoint(), "alpha", "record", "{\"$bytes\":\"AAE=\"}",
                    "at={\"$datetime\":\"2024-05-01T12:30\"}");

            assertThat(result.exit()).isZero();
            assertThat(python.nextLine(WAIT))
                    .isEqualTo("record (b'\\x00\\x01',) {'at': datetime.datetime(2024, 5, 1, 12, 30)}");
        }
    }

    @Test
    void noSubscriberOfTheTopicWithinTheWaitExitsThreeAndPublishesNothing() {
        Received received = new Received();
        RpcServer server = JavaPeers.subscriber(received.handler(), "alpha");
        try {
            Result result = Cli.run("publish", "--wait", "300ms", server.endpoints().get(0), "beta", "record", "1");

            assertThat(result).isEqualTo(new Result(3, "", "zmqrpc publish: no subscriber to topic 'beta' at "
                    + server.endpoints().get(0) + " within 300ms: nothing published\n"));
            assertThat(Cli.run("publish", server.endpoints().get(0), "alpha", "record", "after").exit()).isZero();
            assertThat(received.next(WAIT)).isEqualTo(List.of(List.of("after"), Map.of()));
        } finally {
            server.close();
        }
    }

    @Test
    void badInputExitsTwo() {
        assertThat(Cli.run("publish", "tcp://127.0.0.1:1", "alpha")).isEqualTo(new Result(2, "",
                "zmqrpc publish: Missing required parameter: 'METHOD' (see 'zmqrpc publish --help')\n"));
        assertThat(Cli.run("publish", "tcp://127.0.0.1:1", "alpha", "record", "[").exit()).isEqualTo(2);
    }
}
