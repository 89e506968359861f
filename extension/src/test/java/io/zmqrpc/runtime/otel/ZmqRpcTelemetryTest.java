package io.zmqrpc.runtime.otel;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import io.zmqrpc.Pattern;
import io.zmqrpc.observe.CallEnd;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.Outcome;
import io.zmqrpc.observe.Side;
import io.zmqrpc.testing.OtelSdk;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The spans of {@link ZmqRpcTelemetry}, driven through the observation SPI directly (the calls
 * are built here, as the runtime builds them): names, kinds, attributes, status, parents, and
 * the trace context written into and read from the call's metadata.
 */
class ZmqRpcTelemetryTest {

    private static final String CLIENT_ADDRESS = "tcp://127.0.0.1:5555";
    private static final String SERVER_ADDRESS = "tcp://0.0.0.0:5555";

    private final OtelSdk sdk = new OtelSdk();
    private final ZmqRpcTelemetry telemetry = ZmqRpcTelemetry.create(sdk.openTelemetry());

    @AfterEach
    void close() {
        sdk.close();
    }

    static CallInfo clientCall(Pattern pattern, String method, Map<String, String> metadata) {
        return new CallInfo(Side.CLIENT, pattern, method, "client-Calc", List.of(CLIENT_ADDRESS), null, 12, metadata,
                Duration.ofSeconds(30));
    }

    static CallInfo serverCall(Pattern pattern, String method, Map<String, String> metadata) {
        return new CallInfo(Side.SERVER, pattern, method, "CalcService", List.of(SERVER_ADDRESS), "00a1b2c3d4", 12,
                metadata, null);
    }

    static CallEnd ok(long nanos) {
        return new CallEnd(Outcome.OK, null, null, nanos, 0, 3);
    }

    @Test
    void aClientCallIsAClientSpanChildOfTheCurrentContextAndWritesItsTraceContextIntoTheMetadata() {
        Map<String, String> metadata = new HashMap<>();
        Span parent = sdk.openTelemetry().getTracer("test").spanBuilder("caller").startSpan();
        try (Scope ignored = parent.makeCurrent()) {
            telemetry.started(clientCall(Pattern.RPC, "calc.add", metadata)).ended(ok(1_000_000));
        }
        parent.end();

        SpanData span = sdk.span(s -> s.getName().equals("calc.add"));
        assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(span.getInstrumentationScopeInfo().getName()).isEqualTo("io.zmqrpc");
        assertThat(span.getParentSpanContext()).isEqualTo(parent.getSpanContext());
        assertThat(span.getTraceId()).isEqualTo(parent.getSpanContext().getTraceId());
        assertThat(span.getAttributes().asMap()).isEqualTo(Attributes.builder()
                .put("rpc.system.name", "zmqrpc")
                .put("rpc.system", "zmqrpc")
                .put("rpc.method", "calc.add")
                .put("zmqrpc.pattern", "rpc")
                .put("server.address", "127.0.0.1")
                .put("server.port", 5555L)
                .put("network.transport", "tcp")
                .put("zmqrpc.endpoint", "client-Calc")
                .put("rpc.response.status_code", "OK")
                .build().asMap());
        assertThat(span.getStatus()).isEqualTo(StatusData.unset());
        assertThat(span.hasEnded()).isTrue();
        // what the call-context frame carries: W3C trace context naming the client span
        assertThat(metadata).containsOnlyKeys("traceparent")
                .containsEntry("traceparent", "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                        + span.getSpanContext().getTraceFlags().asHex());
    }

    @Test
    void aServerCallIsAServerSpanChildOfTheContextThatArrivedAndCurrentAroundTheHandler() {
        Map<String, String> sent = new HashMap<>();
        CallObserver client = telemetry.started(clientCall(Pattern.RPC, "calc.add", sent));

        CallObserver server = telemetry.started(serverCall(Pattern.RPC, "calc.add", Map.copyOf(sent)));
        SpanContext inHandler;
        try (CallObserver.Scope ignored = server.enter()) {
            inHandler = Span.current().getSpanContext();
        }
        SpanContext afterHandler = Span.current().getSpanContext();
        server.ended(ok(500_000));
        client.ended(ok(1_000_000));

        SpanData clientSpan = sdk.span(s -> s.getKind() == SpanKind.CLIENT);
        SpanData serverSpan = sdk.span(s -> s.getKind() == SpanKind.SERVER);
        assertThat(serverSpan.getName()).isEqualTo("calc.add");
        assertThat(serverSpan.getTraceId()).isEqualTo(clientSpan.getTraceId());
        assertThat(serverSpan.getParentSpanId()).isEqualTo(clientSpan.getSpanId());
        assertThat(serverSpan.getParentSpanContext().isRemote()).isTrue();
        assertThat(clientSpan.getParentSpanContext().isValid()).isFalse();
        assertThat(inHandler).isEqualTo(serverSpan.getSpanContext());
        assertThat(afterHandler.isValid()).isFalse();
        assertThat(serverSpan.getAttributes().asMap()).isEqualTo(Attributes.builder()
                .put("rpc.system.name", "zmqrpc")
                .put("rpc.system", "zmqrpc")
                .put("rpc.method", "calc.add")
                .put("zmqrpc.pattern", "rpc")
                .put("server.address", "0.0.0.0")
                .put("server.port", 5555L)
                .put("network.transport", "tcp")
                .put("zmqrpc.endpoint", "CalcService")
                .put("rpc.response.status_code", "OK")
                .build().asMap());
    }

    @Test
    void aNestedCallInAHandlerIsAChildOfTheServerSpan() {
        CallObserver server = telemetry.started(serverCall(Pattern.RPC, "shop.order", Map.of()));
        try (CallObserver.Scope ignored = server.enter()) {
            telemetry.started(clientCall(Pattern.RPC, "stock.take", new HashMap<>())).ended(ok(1));
        }
        server.ended(ok(2));

        SpanData serverSpan = sdk.span(s -> s.getName().equals("shop.order"));
        SpanData nested = sdk.span(s -> s.getName().equals("stock.take"));
        assertThat(nested.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(nested.getParentSpanId()).isEqualTo(serverSpan.getSpanId());
        assertThat(nested.getTraceId()).isEqualTo(serverSpan.getTraceId());
    }

    @Test
    void aServerCallFromACallerWithoutContextIsARootWhateverTheHandlerThreadHolds() {
        Span unrelated = sdk.openTelemetry().getTracer("test").spanBuilder("socket-thread-leftover").startSpan();
        try (Scope ignored = unrelated.makeCurrent()) {
            telemetry.started(serverCall(Pattern.RPC, "calc.add", Map.of())).ended(ok(1));
        }
        unrelated.end();

        SpanData span = sdk.span(s -> s.getName().equals("calc.add"));
        assertThat(span.getParentSpanContext().isValid()).isFalse();
        assertThat(span.getTraceId()).isNotEqualTo(unrelated.getSpanContext().getTraceId());
    }

    @Test
    void aRemoteErrorIsAnErrorStatusWithItsType() {
        Exception failure = new IllegalArgumentException("builtins.ValueError: ('bad value',)");
        telemetry.started(clientCall(Pattern.RPC, "calc.div", new HashMap<>()))
                .ended(new CallEnd(Outcome.ERROR, "builtins.ValueError", failure, 1, 0, 40));

        SpanData span = sdk.span(s -> s.getName().equals("calc.div"));
        assertThat(span.getStatus()).isEqualTo(StatusData.create(StatusCode.ERROR, "builtins.ValueError: ('bad value',)"));
        assertThat(span.getAttributes().get(stringKey("error.type"))).isEqualTo("builtins.ValueError");
        assertThat(span.getAttributes().get(stringKey("rpc.response.status_code"))).isEqualTo("ERROR");
    }

    @Test
    void aTimeoutWithoutAMessageIsDescribedByItsType() {
        telemetry.started(clientCall(Pattern.RPC, "calc.slow", new HashMap<>()))
                .ended(new CallEnd(Outcome.TIMEOUT, "io.zmqrpc.RpcTimeoutException", null, 1, 0, 0));

        SpanData span = sdk.span(s -> s.getName().equals("calc.slow"));
        assertThat(span.getStatus()).isEqualTo(StatusData.create(StatusCode.ERROR, "io.zmqrpc.RpcTimeoutException"));
        assertThat(span.getAttributes().get(stringKey("error.type"))).isEqualTo("io.zmqrpc.RpcTimeoutException");
        assertThat(span.getAttributes().get(stringKey("rpc.response.status_code"))).isEqualTo("TIMEOUT");
    }

    @Test
    void aFailureWithNeitherTypeNorExceptionIsOther() {
        telemetry.started(clientCall(Pattern.RPC, "calc.add", new HashMap<>()))
                .ended(new CallEnd(Outcome.CLOSED, null, null, 1, 0, 0));

        SpanData span = sdk.span(s -> s.getName().equals("calc.add"));
        assertThat(span.getAttributes().get(stringKey("error.type"))).isEqualTo("_OTHER");
        assertThat(span.getStatus()).isEqualTo(StatusData.create(StatusCode.ERROR, "_OTHER"));
    }

    @Test
    void anUnknownMethodOnTheServerIsOtherWithItsOriginalName() {
        telemetry.started(serverCall(Pattern.RPC, "made.up", Map.of()))
                .ended(new CallEnd(Outcome.ERROR, "aiozmq.rpc.base.NotFoundError", null, 1, 0, 30));

        SpanData span = sdk.span(s -> s.getKind() == SpanKind.SERVER);
        assertThat(span.getName()).isEqualTo("zmqrpc");
        assertThat(span.getAttributes().get(stringKey("rpc.method"))).isEqualTo("_OTHER");
        assertThat(span.getAttributes().get(stringKey("rpc.method_original"))).isEqualTo("made.up");
        assertThat(span.getAttributes().get(stringKey("error.type"))).isEqualTo("aiozmq.rpc.base.NotFoundError");
    }

    @Test
    void anEmptyMethodNameNamesTheSpanAfterTheSystem() {
        telemetry.started(clientCall(Pattern.RPC, "", new HashMap<>())).ended(ok(1));

        assertThat(sdk.spans()).extracting(SpanData::getName).containsExactly("zmqrpc");
    }

    @Test
    void pipelineAndPubSubAreProducerAndConsumerSpansWithNothingWrittenIntoTheirMetadata() {
        // their metadata is read-only and empty: the frames of those patterns have no room for it
        telemetry.started(clientCall(Pattern.PIPELINE, "jobs.resize", Map.of())).ended(ok(1));
        telemetry.started(serverCall(Pattern.PIPELINE, "jobs.resize", Map.of())).ended(ok(1));
        telemetry.started(clientCall(Pattern.PUBSUB, "ticker.update", Map.of())).ended(ok(1));
        telemetry.started(serverCall(Pattern.PUBSUB, "ticker.update", Map.of())).ended(ok(1));

        assertThat(sdk.spans()).extracting(SpanData::getName, SpanData::getKind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("jobs.resize", SpanKind.PRODUCER),
                org.assertj.core.groups.Tuple.tuple("jobs.resize", SpanKind.CONSUMER),
                org.assertj.core.groups.Tuple.tuple("ticker.update", SpanKind.PRODUCER),
                org.assertj.core.groups.Tuple.tuple("ticker.update", SpanKind.CONSUMER));
        assertThat(sdk.spans()).extracting(s -> s.getAttributes().get(stringKey("zmqrpc.pattern")))
                .containsExactly("pipeline", "pipeline", "pubsub", "pubsub");
        assertThat(sdk.spans()).allSatisfy(s -> assertThat(s.getParentSpanContext().isValid()).isFalse());
    }

    @Test
    void anIpcEndpointIsItsPathWithoutAPort() {
        telemetry.started(new CallInfo(Side.CLIENT, Pattern.RPC, "calc.add", "c", List.of("ipc:///tmp/calc.sock"),
                null, 1, new HashMap<>(), null)).ended(ok(1));

        Attributes attributes = sdk.spans().get(0).getAttributes();
        assertThat(attributes.get(stringKey("server.address"))).isEqualTo("/tmp/calc.sock");
        assertThat(attributes.get(longKey("server.port"))).isNull();
        assertThat(attributes.get(stringKey("network.transport"))).isEqualTo("ipc");
    }
}
