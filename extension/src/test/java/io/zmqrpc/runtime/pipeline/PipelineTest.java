package io.zmqrpc.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.Inbox;
import io.zmqrpc.testing.LogCapture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private final Inbox inbox = new Inbox();
    /** One handler thread, so notifications from one client run in the order they were sent. */
    private final ExecutorService ordered = Executors.newSingleThreadExecutor();
    private RpcServer server;
    private PipelineClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
        ordered.shutdownNow();
    }

    private void serve(Object handler, ServerOptions.Builder options) {
        server = ZmqRpc.servePipeline(handler, options.bind("tcp://127.0.0.1:*").executor(ordered).build());
        client = ZmqRpc.connectPipeline(ClientOptions.connect(server.endpoints().get(0)));
    }

    @Test
    void deliversPositionalAndKeywordArguments() {
        serve(new Recorder(inbox, ""), ServerOptions.builder());
        client.notify("note", "a", 1);
        client.notify("note", List.of("b"), Map.of("number", 2));
        client.notify("note", List.of(), Map.of("number", 3, "text", "c"));
        client.notify("tags", List.of(List.of("x", "y")), Map.of("counts", Map.of("x", 7)));

        assertThat(inbox.take(4)).containsExactly("note(a, 1)", "note(b, 2)", "note(c, 3)", "tags([x, y], {x=7})");
    }

    @Test
    void namespacesReachNestedHandlers() {
        serve(Map.of("top", new Recorder(inbox, "top."), "outer", Map.of("inner", new Recorder(inbox, "outer.inner."))),
                ServerOptions.builder());
        client.notify("top.note", "a", 1);
        client.notify("outer.inner.note", "b", 2);

        assertThat(inbox.take(2)).containsExactly("top.note(a, 1)", "outer.inner.note(b, 2)");
    }

    @Test
    void typedVoidProxySendsNotifications() {
        serve(Map.of("ns", new Recorder(inbox, "ns.")), ServerOptions.builder());
        Notes notes = client.proxy(Notes.class, "ns");
        notes.note("typed", 5);
        notes.tagged(List.of("t"), Map.of("t", 1));

        assertThat(inbox.take(2)).containsExactly("ns.note(typed, 5)", "ns.tags([t], {t=1})");
    }

    /** A pipeline proxy method that expects a value could never get one. */
    public interface Asking {
        String answer(String text);
    }

    @Test
    void proxyMethodsMustReturnVoid() {
        serve(new Recorder(inbox, ""), ServerOptions.builder());
        assertThatThrownBy(() -> client.proxy(Asking.class, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("answer")
                .hasMessageContaining("must return void");
    }

    @Test
    void returnValuesAndFailuresAreNeverAnswered() {
        serve(new Recorder(inbox, ""), ServerOptions.builder());
        client.notify("answer", "x");
        client.notify("fail", "boom");
        client.notify("missing", "nobody");
        client.notify("note", "wrong arity");
        client.notify("note", "after", 1);

        // The server keeps serving after each: the last notification arrives, nothing else happens.
        assertThat(inbox.take(3)).containsExactly("answer(x)", "fail(boom)", "note(after, 1)");
        assertThat(inbox.rest(Duration.ofMillis(200))).isEmpty();
    }

    @Test
    void exceptionsAreLoggedExceptExcludedOnes() {
        try (LogCapture log = LogCapture.of("io.zmqrpc.runtime.server.CallRunner")) {
            serve(new Recorder(inbox, ""), ServerOptions.builder().logExceptions(true)
                    .excludeLogExceptions(UnsupportedOperationException.class));
            client.notify("fail", "excluded");
            client.notify("fail", "logged");
            client.notify("note", "done", 0);
            assertThat(inbox.take(3)).containsExactly("fail(excluded)", "fail(logged)", "note(done, 0)");

            assertThat(log.records()).hasSize(1);
            LogRecord record = log.records().get(0);
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).contains("call fail raised java.lang.IllegalStateException: logged");
            assertThat(record.getThrown()).isInstanceOf(IllegalStateException.class).hasMessage("logged");
        }
    }

    @Test
    void exceptionsAreNotLoggedByDefault() {
        try (LogCapture log = LogCapture.of("io.zmqrpc.runtime.server.CallRunner")) {
            serve(new Recorder(inbox, ""), ServerOptions.builder());
            client.notify("fail", "quiet");
            client.notify("note", "done", 0);
            assertThat(inbox.take(2)).containsExactly("fail(quiet)", "note(done, 0)");
            assertThat(log.records()).isEmpty();
        }
    }
}
