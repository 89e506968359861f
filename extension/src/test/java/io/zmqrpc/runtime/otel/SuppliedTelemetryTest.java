package io.zmqrpc.runtime.otel;

import static io.zmqrpc.runtime.otel.ZmqRpcTelemetryTest.clientCall;
import static io.zmqrpc.runtime.otel.ZmqRpcTelemetryTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.zmqrpc.Pattern;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.testing.OtelSdk;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ZmqRpcTelemetry#lazy}: asked at the calls until it gives an instance, then never again;
 * a supplier that throws turns telemetry off for good instead of failing calls.
 */
class SuppliedTelemetryTest {

    private final OtelSdk sdk = new OtelSdk();

    @AfterEach
    void close() {
        sdk.close();
    }

    @Test
    void askedUntilItGivesAnInstanceThenNeverAgain() {
        AtomicReference<OpenTelemetry> instance = new AtomicReference<>();
        AtomicInteger asked = new AtomicInteger();
        CallListener listener = ZmqRpcTelemetry.lazy(() -> {
            asked.incrementAndGet();
            return instance.get();
        });

        assertThat(listener.started(clientCall(Pattern.RPC, "calc.add", new HashMap<>()))).isNull();
        instance.set(sdk.openTelemetry());
        listener.started(clientCall(Pattern.RPC, "calc.add", new HashMap<>())).ended(ok(1));
        listener.started(clientCall(Pattern.RPC, "calc.add", new HashMap<>())).ended(ok(1));

        assertThat(asked).hasValue(2);
        assertThat(sdk.spans()).extracting(SpanData::getName).containsExactly("calc.add", "calc.add");
    }

    @Test
    void aSupplierThatThrowsTurnsTelemetryOffWithoutFailingTheCall() {
        AtomicInteger asked = new AtomicInteger();
        CallListener listener = ZmqRpcTelemetry.lazy(() -> {
            asked.incrementAndGet();
            throw new IllegalStateException("no application context here");
        });

        assertThat(listener.started(clientCall(Pattern.RPC, "calc.add", new HashMap<>()))).isNull();
        assertThat(listener.started(clientCall(Pattern.RPC, "calc.add", new HashMap<>()))).isNull();
        assertThat(asked).hasValue(1);
    }
}
