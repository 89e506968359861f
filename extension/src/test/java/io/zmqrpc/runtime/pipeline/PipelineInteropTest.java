package io.zmqrpc.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.Handlers;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.Inbox;
import io.zmqrpc.testing.PythonPeer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Pipeline interop with Debian's python3-aiozmq, both directions. */
class PipelineInteropTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void pythonClientNotifiesJavaServer() {
        Inbox inbox = new Inbox();
        ExecutorService ordered = Executors.newSingleThreadExecutor();
        Object root = Handlers.builder().add(new Recorder(inbox, "")).add("ns", new Recorder(inbox, "ns.")).build();
        RpcServer server = ZmqRpc.servePipeline(root, ServerOptions.builder().bind("tcp://127.0.0.1:*").executor(ordered).build());
        try {
            List<String> out = PythonPeer.run(WAIT, "python/pipeline_client.py", server.endpoints().get(0));

            assertThat(out).containsExactly("SENT");
            assertThat(inbox.take(4)).containsExactly("note(text, 1)", "note(kw, 2)", "tags([x, y], {x=7})",
                    "ns.note(spaced, 3)");
            assertThat(inbox.rest(Duration.ofMillis(200))).isEmpty();
        } finally {
            server.close();
            ordered.shutdownNow();
        }
    }

    @Test
    void javaClientNotifiesPythonServer() {
        try (PythonPeer peer = PythonPeer.startServer("python/pipeline_server.py");
                PipelineClient client = ZmqRpc.connectPipeline(ClientOptions.connect(peer.endpoint()))) {
            client.notify("record", "text", 1, 2.5, List.of(1, 2));
            client.notify("record", List.of(), Map.of("x", 1));
            client.notify("ns.record", java.util.Arrays.asList(2, true, null), Map.of("flag", false));
            client.proxy(Records.class, "ns").record("typed", 7L);
            client.notify("record", "end");

            List<String> lines = new ArrayList<>();
            for (String line = ""; !line.contains("\"end\""); ) {
                line = peer.awaitLine(l -> l.startsWith("["), WAIT);
                lines.add(line);
            }
            assertThat(lines).containsExactly(
                    "[\"record\", [\"text\", 1, 2.5, [1, 2]], {}]",
                    "[\"record\", [], {\"x\": 1}]",
                    "[\"ns.record\", [2, true, null], {\"flag\": false}]",
                    "[\"ns.record\", [\"typed\", 7], {}]",
                    "[\"record\", [\"end\"], {}]");
        }
    }

    /** A typed view of the Python server's recorder. */
    public interface Records {
        void record(String text, long number);
    }
}
