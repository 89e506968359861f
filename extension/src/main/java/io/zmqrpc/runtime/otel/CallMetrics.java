package io.zmqrpc.runtime.otel;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.Drop;
import io.zmqrpc.observe.Side;
import java.util.List;
import java.util.Locale;

/**
 * The metrics of calls: the semconv call-duration histograms of each side, zmqrpc's in-flight
 * counters, and its counter of dropped or refused messages.
 */
final class CallMetrics {

    static final String CLIENT_DURATION = "rpc.client.call.duration";
    static final String SERVER_DURATION = "rpc.server.call.duration";
    static final String CLIENT_ACTIVE = "zmqrpc.client.call.active";
    static final String SERVER_ACTIVE = "zmqrpc.server.call.active";
    static final String DROPPED = "zmqrpc.messages.dropped";

    /**
     * Bucket boundaries in seconds, gRPC's (gRFC A66) from 10 µs to 100 s: semconv's default
     * boundaries start at 5 ms, and a zmqrpc call on one machine takes a tenth of that.
     */
    static final List<Double> DURATION_BUCKETS = List.of(0.00001, 0.00005, 0.0001, 0.0003, 0.0006, 0.0008,
            0.001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.008, 0.01, 0.013, 0.016, 0.02, 0.025, 0.03, 0.04, 0.05,
            0.065, 0.08, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3, 0.4, 0.5, 0.65, 0.8, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0,
            100.0);

    private final DoubleHistogram clientDuration;
    private final DoubleHistogram serverDuration;
    private final LongUpDownCounter clientActive;
    private final LongUpDownCounter serverActive;
    private final LongCounter dropped;

    CallMetrics(Meter meter) {
        clientDuration = duration(meter, CLIENT_DURATION, "Duration of outgoing zmqrpc calls: from the send to "
                + "the result (request/reply), or to the message's queueing (pipeline, pub/sub).");
        serverDuration = duration(meter, SERVER_DURATION, "Duration of incoming zmqrpc calls: from the read of "
                + "the request to the reply handed to the socket, or to the handler's end without one.");
        clientActive = meter.upDownCounterBuilder(CLIENT_ACTIVE).setUnit("{call}")
                .setDescription("Outgoing zmqrpc calls started and not yet ended.").build();
        serverActive = meter.upDownCounterBuilder(SERVER_ACTIVE).setUnit("{call}")
                .setDescription("Incoming zmqrpc calls whose handler started and that have not yet ended.").build();
        dropped = meter.counterBuilder(DROPPED).setUnit("{message}")
                .setDescription("Messages a zmqrpc client or server dropped or refused, by reason.").build();
    }

    private static DoubleHistogram duration(Meter meter, String name, String description) {
        DoubleHistogramBuilder builder = meter.histogramBuilder(name).setUnit("s").setDescription(description);
        try {
            builder = builder.setExplicitBucketBoundariesAdvice(DURATION_BUCKETS);
        } catch (NoSuchMethodError olderApi) {
            // The API before 1.32 (Payara 6 ships 1.29) has no advice: the SDK's or a view's buckets apply.
        }
        return builder.build();
    }

    /**
     * Counts a call in; returns the attributes it was counted under, to count it out with. They
     * leave the method out, so that the number of in-flight series stays that of the endpoints.
     */
    Attributes started(CallInfo call, Attributes attributes) {
        Attributes active = attributes.toBuilder().remove(TelemetryKeys.RPC_METHOD).build();
        (call.side() == Side.CLIENT ? clientActive : serverActive).add(1, active);
        return active;
    }

    void ended(Side side, Attributes active, Attributes ended, long durationNanos) {
        (side == Side.CLIENT ? clientActive : serverActive).add(-1, active);
        (side == Side.CLIENT ? clientDuration : serverDuration).record(durationNanos / 1e9, ended);
    }

    void dropped(Drop drop) {
        Attributes attributes = Attributes.builder()
                .put(TelemetryKeys.RPC_SYSTEM_NAME, TelemetryKeys.SYSTEM)
                .put(TelemetryKeys.SIDE, drop.side().name().toLowerCase(Locale.ROOT))
                .put(TelemetryKeys.PATTERN, CallAttributes.pattern(drop.pattern()))
                .put(TelemetryKeys.ENDPOINT, drop.endpoint())
                .put(TelemetryKeys.DROP_REASON, drop.reason().name().toLowerCase(Locale.ROOT))
                .build();
        dropped.add(drop.count(), attributes);
    }
}
