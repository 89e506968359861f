package io.zmqrpc.interop;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.otel.ZmqRpcTelemetry;
import io.zmqrpc.runtime.wire.CallContext;
import io.zmqrpc.testing.FrameRecorder;
import io.zmqrpc.testing.OtelSdk;
import io.zmqrpc.testing.PythonPeer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Java client with a span calling an aiozmq 1.0 server ({@code python/rpc_server.py}) through a
 * device that records the frames: the request carries the call-context frame with the W3C trace
 * context of the client span, the aiozmq server sends that frame back in front of its 2-frame
 * reply as it does any envelope, and the client takes the reply (a result, and an error) as it
 * takes any other.
 */
class TraceContextToPythonTest {

    private static final OtelSdk sdk = new OtelSdk();
    private static PythonPeer python;
    private static FrameRecorder recorder;
    private static RpcChannel client;

    @BeforeAll
    static void start() {
        python = PythonPeer.startServer("python/rpc_server.py");
        recorder = new FrameRecorder(python.endpoint());
        client = ZmqRpc.connectRpc(ClientOptions.builder().name("traced").connect(recorder.endpoint())
                .timeout(Duration.ofSeconds(30)).listener(ZmqRpcTelemetry.create(sdk.openTelemetry())).build());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (recorder != null) {
            recorder.close();
        }
        if (python != null) {
            python.close();
        }
        sdk.close();
    }

    @BeforeEach
    void forget() {
        sdk.resetSpans();
    }

    @Test
    void theTraceContextTravelsToTheAiozmqServerWhichEchoesItInFrontOfItsReply() {
        int before = recorder.requests().size();
        Span test = sdk.openTelemetry().getTracer("test").spanBuilder("test").startSpan();
        try (Scope ignored = test.makeCurrent()) {
            assertThat(client.call("greet", "Ada")).isEqualTo("Hello, Ada!");
        } finally {
            test.end();
        }

        SpanData span = sdk.span(s -> s.getKind() == SpanKind.CLIENT);
        assertThat(span.getName()).isEqualTo("greet");
        assertThat(span.getParentSpanId()).isEqualTo(test.getSpanContext().getSpanId());
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

        byte[][] request = recorder.requests().get(before);
        // [the client's identity, the call context, header, name, args, kwargs]
        assertThat(request.length).isEqualTo(6);
        assertThat(new String(request[3], StandardCharsets.UTF_8)).isEqualTo("greet");
        assertThat(CallContext.isContext(request[1])).isTrue();
        CallContext context = CallContext.decode(request[1]);
        assertThat(context.metadata()).containsExactly(java.util.Map.entry("traceparent", "00-" + span.getTraceId()
                + "-" + span.getSpanId() + "-" + span.getSpanContext().getTraceFlags().asHex()));
        assertThat(context.hasDeadline()).isTrue();

        byte[][] reply = recorder.replies().get(recorder.replies().size() - 1);
        // aiozmq's reply to the envelope it was given: [identity, the call context, header, body]
        assertThat(reply.length).isEqualTo(4);
        assertThat(reply[0]).isEqualTo(request[0]);
        assertThat(reply[1]).isEqualTo(request[1]);
        assertThat(reply[2]).hasSize(17);
    }

    @Test
    void anErrorFromTheAiozmqServerIsTheClientSpansError() {
        assertThatThrownBy(() -> client.call("raise_value_error", "bad value"))
                .isInstanceOf(IllegalArgumentException.class);

        SpanData span = sdk.span(s -> s.getKind() == SpanKind.CLIENT);
        assertThat(span.getName()).isEqualTo("raise_value_error");
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span.getAttributes().get(stringKey("error.type"))).isEqualTo("builtins.ValueError");
        assertThat(CallContext.isContext(recorder.requests().get(recorder.requests().size() - 1)[1])).isTrue();
    }
}
