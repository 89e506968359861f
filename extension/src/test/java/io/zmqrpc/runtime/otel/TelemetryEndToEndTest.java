package io.zmqrpc.runtime.otel;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.zmqrpc.PipelineClient;
import io.zmqrpc.PubSubClient;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.PubSubServer;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.OtelSdk;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * {@link ZmqRpcTelemetry} on real clients and servers of the three patterns: the trace context
 * crosses the wire in the call-context frame, so that a caller's span, the client span, the
 * server span and the calls its handler makes are one trace; failures, pipeline and pub/sub spans,
 * the duration metrics and dropped messages as the runtime reports them.
 */
class TelemetryEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final OtelSdk sdk = new OtelSdk();
    private final ZmqRpcTelemetry telemetry = ZmqRpcTelemetry.create(sdk.openTelemetry());
    private final List<AutoCloseable> closing = new java.util.ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
        sdk.close();
    }

    private <T extends AutoCloseable> T closing(T resource) {
        closing.add(resource);
        return resource;
    }

    private RpcServer server(String name, RpcChannel inner, boolean inline) {
        RpcServer server = ZmqRpc.serveRpc(new TracedCalc(inner), ServerOptions.builder().name(name)
                .bind("tcp://127.0.0.1:*").inline(inline).listener(telemetry).build());
        closing.add(server::close);
        return server;
    }

    private RpcChannel client(String name, String address) {
        return closing(ZmqRpc.connectRpc(ClientOptions.builder().name(name).connect(address)
                .timeout(Duration.ofSeconds(30)).listener(telemetry).build()));
    }

    private Span testSpan() {
        return sdk.openTelemetry().getTracer("test").spanBuilder("test").startSpan();
    }

    @Test
    void aCallUnderASpanIsOneTraceWithTheServerSpanAChildOfTheClientSpan() {
        RpcServer server = server("calc-server", null, false);
        RpcChannel client = client("calc-client", server.endpoints().get(0));

        Span test = testSpan();
        try (Scope ignored = test.makeCurrent()) {
            assertThat(client.call(Long.class, "add", 1, 2)).isEqualTo(3L);
        } finally {
            test.end();
        }

        sdk.awaitSpans(3, WAIT);
        SpanData clientSpan = sdk.span(s -> s.getKind() == SpanKind.CLIENT);
        SpanData serverSpan = sdk.span(s -> s.getKind() == SpanKind.SERVER);
        assertThat(clientSpan.getName()).isEqualTo("add");
        assertThat(serverSpan.getName()).isEqualTo("add");
        assertThat(clientSpan.getParentSpanId()).isEqualTo(test.getSpanContext().getSpanId());
        assertThat(serverSpan.getParentSpanId()).isEqualTo(clientSpan.getSpanId());
        assertThat(serverSpan.getTraceId()).isEqualTo(test.getSpanContext().getTraceId());
        URI address = URI.create(server.endpoints().get(0));
        assertThat(serverSpan.getAttributes().get(stringKey("server.address"))).isEqualTo("127.0.0.1");
        assertThat(serverSpan.getAttributes().get(longKey("server.port"))).isEqualTo(address.getPort());
        assertThat(serverSpan.getAttributes().get(stringKey("zmqrpc.endpoint"))).isEqualTo("calc-server");
        assertThat(clientSpan.getAttributes().get(longKey("server.port"))).isEqualTo(address.getPort());
        assertThat(clientSpan.getAttributes().get(stringKey("zmqrpc.endpoint"))).isEqualTo("calc-client");
    }

    @Test
    void aCallWithoutASpanStillStartsATraceThatTheServerJoins() {
        RpcServer server = server("calc-server", null, false);
        RpcChannel client = client("calc-client", server.endpoints().get(0));

        client.call(Long.class, "add", 1, 2);

        sdk.awaitSpans(2, WAIT);
        SpanData clientSpan = sdk.span(s -> s.getKind() == SpanKind.CLIENT);
        SpanData serverSpan = sdk.span(s -> s.getKind() == SpanKind.SERVER);
        assertThat(clientSpan.getParentSpanContext().isValid()).isFalse();
        assertThat(serverSpan.getParentSpanId()).isEqualTo(clientSpan.getSpanId());
        assertThat(serverSpan.getParentSpanContext().isRemote()).isTrue();
    }

    @Test
    void callsAHandlerMakesAreChildrenOfItsServerSpanOnTheExecutorAndInline() {
        for (boolean inline : new boolean[] {false, true}) {
            sdk.resetSpans();
            RpcServer inner = server("inner", null, false);
            RpcServer outer = server("outer", client("outer-to-inner", inner.endpoints().get(0)), inline);
            RpcChannel client = client("caller", outer.endpoints().get(0));

            assertThat(client.call(Long.class, "nested", 2, 3)).as("inline " + inline).isEqualTo(5L);

            sdk.awaitSpans(4, WAIT);
            SpanData call = sdk.span(s -> s.getName().equals("nested") && s.getKind() == SpanKind.CLIENT);
            SpanData served = sdk.span(s -> s.getName().equals("nested") && s.getKind() == SpanKind.SERVER);
            SpanData innerCall = sdk.span(s -> s.getName().equals("add") && s.getKind() == SpanKind.CLIENT);
            SpanData innerServed = sdk.span(s -> s.getName().equals("add") && s.getKind() == SpanKind.SERVER);
            assertThat(served.getParentSpanId()).as("inline " + inline).isEqualTo(call.getSpanId());
            assertThat(innerCall.getParentSpanId()).as("inline " + inline).isEqualTo(served.getSpanId());
            assertThat(innerServed.getParentSpanId()).as("inline " + inline).isEqualTo(innerCall.getSpanId());
            assertThat(List.of(call, served, innerCall, innerServed)).extracting(SpanData::getTraceId)
                    .containsOnly(call.getTraceId());
        }
    }

    @Test
    void aHandlersExceptionIsAnErrorOnBothSidesNamedAsItTravels() {
        RpcServer server = server("calc-server", null, false);
        RpcChannel client = client("calc-client", server.endpoints().get(0));

        assertThatThrownBy(() -> client.call("fail")).isInstanceOf(IllegalStateException.class);

        sdk.awaitSpans(2, WAIT);
        for (SpanData span : sdk.spans()) {
            assertThat(span.getName()).isEqualTo("fail");
            assertThat(span.getStatus().getStatusCode()).as(span.getKind().toString()).isEqualTo(StatusCode.ERROR);
            assertThat(span.getAttributes().get(stringKey("error.type"))).isEqualTo("java.lang.IllegalStateException");
            assertThat(span.getAttributes().get(stringKey("rpc.response.status_code"))).isEqualTo("ERROR");
        }
        assertThat(sdk.span(s -> s.getKind() == SpanKind.SERVER).getStatus().getDescription()).isEqualTo("out of order");
    }

    @Test
    void anUnknownMethodIsOtherOnTheServer() {
        RpcServer server = server("calc-server", null, false);
        RpcChannel client = client("calc-client", server.endpoints().get(0));

        assertThatThrownBy(() -> client.call("made_up")).isInstanceOf(io.zmqrpc.MethodNotFoundException.class);

        sdk.awaitSpans(2, WAIT);
        SpanData served = sdk.span(s -> s.getKind() == SpanKind.SERVER);
        assertThat(served.getName()).isEqualTo("zmqrpc");
        assertThat(served.getAttributes().get(stringKey("rpc.method"))).isEqualTo("_OTHER");
        assertThat(served.getAttributes().get(stringKey("rpc.method_original"))).isEqualTo("made_up");
        assertThat(sdk.span(s -> s.getKind() == SpanKind.CLIENT).getAttributes().get(stringKey("rpc.method")))
                .isEqualTo("made_up");
    }

    @Test
    void aNotificationIsAProducerSpanAndItsHandlingAConsumerSpan() {
        RpcServer server = ZmqRpc.servePipeline(new TracedCalc(null), ServerOptions.builder().name("jobs")
                .bind("tcp://127.0.0.1:*").listener(telemetry).build());
        closing.add(server::close);
        PipelineClient push = closing(ZmqRpc.connectPipeline(ClientOptions.builder().name("pusher")
                .connect(server.endpoints().get(0)).listener(telemetry).build()));

        push.notify("add", 1, 2);

        sdk.awaitSpans(2, WAIT);
        SpanData produced = sdk.span(s -> s.getKind() == SpanKind.PRODUCER);
        SpanData consumed = sdk.span(s -> s.getKind() == SpanKind.CONSUMER);
        assertThat(produced.getName()).isEqualTo("add");
        assertThat(consumed.getName()).isEqualTo("add");
        assertThat(produced.getAttributes().get(stringKey("zmqrpc.pattern"))).isEqualTo("pipeline");
        assertThat(consumed.getAttributes().get(stringKey("zmqrpc.endpoint"))).isEqualTo("jobs");
        // aiozmq's pipeline frames have no room for a trace context: the consumer starts its own trace
        assertThat(consumed.getParentSpanContext().isValid()).isFalse();
    }

    @Test
    void aPublicationIsAProducerSpanAndEachSubscribersHandlingAConsumerSpan() {
        PubSubServer server = ZmqRpc.servePubSub(new TracedCalc(null), ServerOptions.builder().name("ticker")
                .bind("tcp://127.0.0.1:*").subscribe("prices").listener(telemetry).build());
        closing.add(server::close);
        PubSubClient pub = closing(ZmqRpc.connectPubSub(ClientOptions.builder().name("publisher")
                .connect(server.endpoints().get(0)).listener(telemetry).build()));
        assertThat(pub.awaitSubscriptions("prices", 1, WAIT)).isTrue();

        pub.publish("prices").call("add", 1, 2);

        sdk.awaitSpans(2, WAIT);
        assertThat(sdk.span(s -> s.getKind() == SpanKind.PRODUCER).getAttributes().get(stringKey("zmqrpc.pattern")))
                .isEqualTo("pubsub");
        assertThat(sdk.span(s -> s.getKind() == SpanKind.CONSUMER).getAttributes().get(stringKey("zmqrpc.endpoint")))
                .isEqualTo("ticker");
    }

    @Test
    void bothSidesRecordTheirDurationAndCountTheirCallsOut() {
        RpcServer server = server("calc-server", null, false);
        RpcChannel client = client("calc-client", server.endpoints().get(0));

        client.call(Long.class, "add", 1, 2);
        sdk.awaitSpans(2, WAIT);

        MetricData clientDuration = sdk.metric("rpc.client.call.duration").orElseThrow();
        MetricData serverDuration = sdk.metric("rpc.server.call.duration").orElseThrow();
        assertThat(clientDuration.getHistogramData().getPoints()).singleElement()
                .satisfies(p -> assertThat(p.getCount()).isEqualTo(1))
                .satisfies(p -> assertThat(p.getAttributes().get(stringKey("zmqrpc.endpoint"))).isEqualTo("calc-client"));
        assertThat(serverDuration.getHistogramData().getPoints()).singleElement()
                .satisfies(p -> assertThat(p.getCount()).isEqualTo(1))
                .satisfies(p -> assertThat(p.getSum()).isPositive());
        for (String active : List.of("zmqrpc.client.call.active", "zmqrpc.server.call.active")) {
            assertThat(sdk.metric(active).orElseThrow().getLongSumData().getPoints()).singleElement()
                    .extracting(LongPointData::getValue).isEqualTo(0L);
        }
    }

    @Test
    void aMalformedRequestIsCountedAsDropped() throws Exception {
        RpcServer server = server("calc-server", null, false);
        try (ZContext context = new ZContext(1)) {
            ZMQ.Socket dealer = context.createSocket(SocketType.DEALER);
            dealer.connect(server.endpoints().get(0));
            dealer.send("not a request".getBytes(StandardCharsets.UTF_8));

            long deadline = System.nanoTime() + WAIT.toNanos();
            Optional<MetricData> dropped = sdk.metric("zmqrpc.messages.dropped");
            while (dropped.isEmpty() && System.nanoTime() - deadline < 0) {
                Thread.sleep(5);
                dropped = sdk.metric("zmqrpc.messages.dropped");
            }
            assertThat(dropped).as("zmqrpc.messages.dropped within " + WAIT).isPresent();
            assertThat(dropped.get().getLongSumData().getPoints()).singleElement().satisfies(p -> {
                assertThat(p.getValue()).isEqualTo(1);
                assertThat(p.getAttributes().asMap().entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().getKey(), e -> e.getValue()))).isEqualTo(java.util.Map.of(
                                "rpc.system.name", "zmqrpc", "zmqrpc.side", "server", "zmqrpc.pattern", "rpc",
                                "zmqrpc.endpoint", "calc-server", "zmqrpc.drop.reason", "malformed"));
            });
        }
    }
}
