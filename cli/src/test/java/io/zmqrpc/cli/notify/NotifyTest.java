package io.zmqrpc.cli.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cli.testing.Cli.Result;
import io.zmqrpc.cli.testing.Cli;
import io.zmqrpc.cli.testing.JavaPeers;
import io.zmqrpc.cli.testing.PythonPeer;
import io.zmqrpc.cli.testing.Received;
import io.zmqrpc.runtime.RpcServer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code zmqrpc notify} to a Java and to a Python pipeline server. */
class NotifyTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aJavaServerGetsTheArgumentsAsTheirWireTypes() {
        Received received = new Received();
        RpcServer server = JavaPeers.pipeline(received.handler());
        try {
            Result result = Cli.run("notify", server.endpoints().get(0), "record", "1", "{\"$bytes\":\"AQ==\"}",
                    "when={\"$datetime\":\"2024-05-01T12:30Z\"}");

            assertThat(result).isEqualTo(new Result(0, "", ""));
            List<Object> call = received.next(WAIT);
            assertThat(((List<?>) call.get(0)).get(0)).isEqualTo(1L);
            assertThat((List<?>) call.get(0)).hasSize(2);
            assertThat((byte[]) ((List<?>) call.get(0)).get(1)).containsExactly(1);
            assertThat(call.get(1)).isEqualTo(Map.of("when", OffsetDateTime.parse("2024-05-01T12:30Z")));
        } finally {
            server.close();
        }
    }

    @Test
    void aPythonServerGetsBytesAndDatetimes() {
        try (PythonPeer python = PythonPeer.start("python/receiver.py", "pipeline")) {
            Result result = Cli.run("notify", python.endpoint(), "record", "text", "{\"$bytes\":\"AQ==\"}",
                    "when={\"$date\":\"2024-05-01\"}");

            assertThat(result.exit()).isZero();
            assertThat(python.nextLine(WAIT)).isEqualTo("record ('text', b'\\x01') {'when': datetime.date(2024, 5, 1)}");
        }
    }

    @Test
    void badInputSendsNothingAndExitsTwo() {
        Received received = new Received();
        RpcServer server = JavaPeers.pipeline(received.handler());
        try {
            assertThat(Cli.run("notify", server.endpoints().get(0), "record", "{oops")).isEqualTo(new Result(2, "",
                    "zmqrpc notify: argument 1 ('{oops'): invalid JSON: Unexpected character ('o' (code 111)): was "
                            + "expecting double-quote to start field name\n"));
            assertThat(Cli.run("notify", "--wait", "soon", server.endpoints().get(0), "record").exit()).isEqualTo(2);
            assertThat(Cli.run("notify", "nowhere", "record").exit()).isEqualTo(2);
            // a message that would have been sent arrives first: nothing came before it
            assertThat(Cli.run("notify", server.endpoints().get(0), "record", "last").exit()).isZero();
            assertThat(received.next(WAIT).get(0)).isEqualTo(List.of("last"));
        } finally {
            server.close();
        }
    }

    @Test
    void anAddressInUseExitsThree() {
        RpcServer server = JavaPeers.pipeline(new Received().handler());
        try {
            Result result = Cli.run("notify", "--bind", server.endpoints().get(0), "record");

            assertThat(result.exit()).isEqualTo(3);
            assertThat(result.err()).startsWith("zmqrpc notify: cannot open " + server.endpoints().get(0) + ": ");
        } finally {
            server.close();
        }
    }
}
