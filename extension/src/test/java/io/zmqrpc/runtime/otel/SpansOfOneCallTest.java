package io.zmqrpc.runtime.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.Handlers;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.OtelSdk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example in {@code docs/observability.md}: the spans of one call, as the SDK's exporter
 * received them, printed (and written to {@code target/otel-spans-of-one-call.txt}) in a compact
 * form: a caller's span, the client span, the server span (of a second call: the first connects).
 */
class SpansOfOneCallTest {

    @Test
    void printsTheSpansOfOneCall() throws IOException {
        try (OtelSdk sdk = new OtelSdk()) {
            ZmqRpcTelemetry telemetry = ZmqRpcTelemetry.create(sdk.openTelemetry());
            RpcServer server = ZmqRpc.serveRpc(Handlers.builder().add("calc", new TracedCalc(null)).build(),
                    ServerOptions.builder().name("CalcService").bind("tcp://127.0.0.1:*").listener(telemetry).build());
            try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().name("client-Calculator")
                    .connect(server.endpoints().get(0)).timeout(Duration.ofSeconds(30)).listener(telemetry).build())) {
                // a first call connects and loads the classes of both sides; the example is the second
                client.call(Long.class, "calc.add", 0, 0);
                sdk.awaitSpans(2, Duration.ofSeconds(10));
                sdk.resetSpans();
                Span checkout = sdk.openTelemetry().getTracer("shop").spanBuilder("checkout").startSpan();
                try (Scope ignored = checkout.makeCurrent()) {
                    assertThat(client.call(Long.class, "calc.add", 1, 2)).isEqualTo(3L);
                } finally {
                    checkout.end();
                }
                List<SpanData> spans = sdk.awaitSpans(3, Duration.ofSeconds(10));

                String printed = spans.stream().sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
                        .map(SpansOfOneCallTest::print).collect(Collectors.joining("\n"));
                System.out.println(printed);
                Files.writeString(Path.of("target", "otel-spans-of-one-call.txt"), printed + "\n");
                assertThat(printed).contains("calc.add CLIENT", "calc.add SERVER");
            } finally {
                server.close();
            }
        }
    }

    private static String print(SpanData span) {
        StringBuilder b = new StringBuilder()
                .append(span.getName()).append(' ').append(span.getKind())
                .append("  scope=").append(span.getInstrumentationScopeInfo().getName())
                .append("\n  trace=").append(span.getTraceId())
                .append(" span=").append(span.getSpanId())
                .append(" parent=").append(span.getParentSpanContext().isValid() ? span.getParentSpanId() : "-")
                .append(span.getParentSpanContext().isRemote() ? " (remote)" : "")
                .append("\n  status=").append(span.getStatus().getStatusCode())
                .append(" duration=").append((span.getEndEpochNanos() - span.getStartEpochNanos()) / 1000).append(" µs");
        span.getAttributes().forEach((key, value) -> b.append("\n  ").append(key.getKey()).append('=')
                .append(value instanceof String ? "\"" + value + "\"" : value));
        return b.toString();
    }
}
