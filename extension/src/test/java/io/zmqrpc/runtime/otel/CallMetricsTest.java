package io.zmqrpc.runtime.otel;

import static io.zmqrpc.runtime.otel.ZmqRpcTelemetryTest.clientCall;
import static io.zmqrpc.runtime.otel.ZmqRpcTelemetryTest.ok;
import static io.zmqrpc.runtime.otel.ZmqRpcTelemetryTest.serverCall;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.zmqrpc.Pattern;
import io.zmqrpc.observe.CallEnd;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.Drop;
import io.zmqrpc.observe.DropReason;
import io.zmqrpc.observe.Outcome;
import io.zmqrpc.observe.Side;
import io.zmqrpc.testing.OtelSdk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The metrics of {@link ZmqRpcTelemetry}, driven through the observation SPI: exact names, units,
 * kinds, attributes and values.
 */
class CallMetricsTest {

    private final OtelSdk sdk = new OtelSdk();
    private final ZmqRpcTelemetry telemetry = ZmqRpcTelemetry.create(sdk.openTelemetry());

    @AfterEach
    void close() {
        sdk.close();
    }

    private static Attributes endpoint(String address, String name) {
        return Attributes.builder()
                .put("rpc.system.name", "zmqrpc")
                .put("rpc.system", "zmqrpc")
                .put("zmqrpc.pattern", "rpc")
                .put("server.address", address)
                .put("server.port", 5555L)
                .put("network.transport", "tcp")
                .put("zmqrpc.endpoint", name)
                .build();
    }

    private static final Attributes CLIENT = endpoint("127.0.0.1", "client-Calc");
    private static final Attributes SERVER = endpoint("0.0.0.0", "CalcService");

    @Test
    void clientAndServerCallDurationsInSecondsByMethodAndOutcome() {
        telemetry.started(clientCall(Pattern.RPC, "calc.add", new HashMap<>())).ended(ok(250_000_000));
        telemetry.started(clientCall(Pattern.RPC, "calc.add", new HashMap<>())).ended(ok(750_000_000));
        telemetry.started(clientCall(Pattern.RPC, "calc.div", new HashMap<>()))
                .ended(new CallEnd(Outcome.ERROR, "builtins.ZeroDivisionError", null, 2_000_000, 0, 20));
        telemetry.started(serverCall(Pattern.RPC, "calc.add", Map.of())).ended(ok(1_000_000));

        MetricData client = sdk.metric("rpc.client.call.duration").orElseThrow();
        assertThat(client.getType()).isEqualTo(MetricDataType.HISTOGRAM);
        assertThat(client.getUnit()).isEqualTo("s");
        assertThat(client.getInstrumentationScopeInfo().getName()).isEqualTo("io.zmqrpc");
        HistogramPointData add = histogram(client, CLIENT.toBuilder().put("rpc.method", "calc.add")
                .put("rpc.response.status_code", "OK").build());
        assertThat(add.getCount()).isEqualTo(2);
        assertThat(add.getSum()).isEqualTo(1.0);
        assertThat(add.getBoundaries()).isEqualTo(CallMetrics.DURATION_BUCKETS);
        HistogramPointData div = histogram(client, CLIENT.toBuilder().put("rpc.method", "calc.div")
                .put("rpc.response.status_code", "ERROR").put("error.type", "builtins.ZeroDivisionError").build());
        assertThat(div.getCount()).isEqualTo(1);
        assertThat(div.getSum()).isEqualTo(0.002);
        assertThat(client.getHistogramData().getPoints()).hasSize(2);

        MetricData server = sdk.metric("rpc.server.call.duration").orElseThrow();
        assertThat(server.getUnit()).isEqualTo("s");
        HistogramPointData served = histogram(server, SERVER.toBuilder().put("rpc.method", "calc.add")
                .put("rpc.response.status_code", "OK").build());
        assertThat(served.getSum()).isEqualTo(0.001);
        assertThat(server.getHistogramData().getPoints()).hasSize(1);
    }

    @Test
    void unknownMethodsOnTheServerShareOneSeries() {
        for (String name : List.of("made.up", "also.made.up")) {
            telemetry.started(serverCall(Pattern.RPC, name, Map.of()))
                    .ended(new CallEnd(Outcome.ERROR, "aiozmq.rpc.base.NotFoundError", null, 1_000, 0, 30));
        }

        MetricData server = sdk.metric("rpc.server.call.duration").orElseThrow();
        assertThat(histogram(server, SERVER.toBuilder().put("rpc.method", "_OTHER")
                .put("rpc.response.status_code", "ERROR").put("error.type", "aiozmq.rpc.base.NotFoundError").build())
                .getCount()).isEqualTo(2);
        assertThat(server.getHistogramData().getPoints()).hasSize(1);
    }

    @Test
    void callsInFlightCountUpAtTheStartAndDownAtTheEndPerEndpoint() {
        CallObserver first = telemetry.started(clientCall(Pattern.RPC, "calc.add", new HashMap<>()));
        CallObserver second = telemetry.started(clientCall(Pattern.RPC, "calc.div", new HashMap<>()));
        CallObserver served = telemetry.started(serverCall(Pattern.RPC, "calc.add", Map.of()));

        MetricData active = sdk.metric("zmqrpc.client.call.active").orElseThrow();
        assertThat(active.getType()).isEqualTo(MetricDataType.LONG_SUM);
        assertThat(active.getUnit()).isEqualTo("{call}");
        assertThat(active.getLongSumData().isMonotonic()).isFalse();
        assertThat(sum(active, CLIENT)).isEqualTo(2);
        assertThat(sum(sdk.metric("zmqrpc.server.call.active").orElseThrow(), SERVER)).isEqualTo(1);

        first.ended(ok(1));
        second.ended(new CallEnd(Outcome.TIMEOUT, "io.zmqrpc.RpcTimeoutException", null, 1, 0, 0));
        served.ended(ok(1));

        assertThat(sum(sdk.metric("zmqrpc.client.call.active").orElseThrow(), CLIENT)).isZero();
        assertThat(sum(sdk.metric("zmqrpc.server.call.active").orElseThrow(), SERVER)).isZero();
    }

    @Test
    void droppedMessagesCountByReason() {
        telemetry.dropped(new Drop(Side.SERVER, Pattern.RPC, "CalcService", DropReason.UNDECODABLE, 1));
        telemetry.dropped(new Drop(Side.SERVER, Pattern.RPC, "CalcService", DropReason.UNDECODABLE, 2));
        telemetry.dropped(new Drop(Side.SERVER, Pattern.RPC, "CalcService", DropReason.REPLY_DROPPED, 4));
        telemetry.dropped(new Drop(Side.CLIENT, Pattern.RPC, "client-Calc", DropReason.STRAY_REPLY, 1));

        MetricData dropped = sdk.metric("zmqrpc.messages.dropped").orElseThrow();
        assertThat(dropped.getType()).isEqualTo(MetricDataType.LONG_SUM);
        assertThat(dropped.getUnit()).isEqualTo("{message}");
        assertThat(dropped.getLongSumData().isMonotonic()).isTrue();
        assertThat(sum(dropped, drop("server", "CalcService", "undecodable"))).isEqualTo(3);
        assertThat(sum(dropped, drop("server", "CalcService", "reply_dropped"))).isEqualTo(4);
        assertThat(sum(dropped, drop("client", "client-Calc", "stray_reply"))).isEqualTo(1);
        assertThat(dropped.getLongSumData().getPoints()).hasSize(3);
    }

    private static Attributes drop(String side, String endpoint, String reason) {
        return Attributes.builder()
                .put("rpc.system.name", "zmqrpc")
                .put("zmqrpc.side", side)
                .put("zmqrpc.pattern", "rpc")
                .put("zmqrpc.endpoint", endpoint)
                .put("zmqrpc.drop.reason", reason)
                .build();
    }

    private static HistogramPointData histogram(MetricData metric, Attributes attributes) {
        return metric.getHistogramData().getPoints().stream()
                .filter(p -> p.getAttributes().asMap().equals(attributes.asMap())).findFirst()
                .orElseThrow(() -> new AssertionError("no point with " + attributes + " in " + metric));
    }

    private static long sum(MetricData metric, Attributes attributes) {
        return metric.getLongSumData().getPoints().stream()
                .filter(p -> p.getAttributes().asMap().equals(attributes.asMap())).mapToLong(LongPointData::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no point with " + attributes + " in " + metric));
    }
}
