package io.zmqrpc.runtime.otel;

import static io.zmqrpc.runtime.otel.ZmqRpcTelemetryTest.clientCall;
import static io.zmqrpc.runtime.otel.ZmqRpcTelemetryTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.zmqrpc.Pattern;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.testing.OtelSdk;
import java.util.HashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ZmqRpcTelemetry#global()} observes nothing until {@link GlobalOpenTelemetry} is set, and
 * never sets it itself (asking {@code get()} first would fix a no-op for good and make the
 * application's {@code set} fail); once set, it uses it.
 */
class GlobalTelemetryTest {

    private final OtelSdk sdk = new OtelSdk();

    @BeforeEach
    @AfterEach
    void reset() {
        GlobalOpenTelemetry.resetForTest();
    }

    @AfterEach
    void close() {
        sdk.close();
    }

    @Test
    void observesNothingBeforeTheGlobalIsSetAndTheGlobalOnceItIs() {
        CallListener listener = ZmqRpcTelemetry.global();

        assertThat(listener.started(clientCall(Pattern.RPC, "calc.add", new HashMap<>()))).isNull();
        assertThat(GlobalOpenTelemetry.isSet()).isFalse();

        GlobalOpenTelemetry.set(sdk.openTelemetry());
        listener.started(clientCall(Pattern.RPC, "calc.add", new HashMap<>())).ended(ok(1));

        assertThat(sdk.spans()).extracting(SpanData::getName).containsExactly("calc.add");
    }
}
