package io.zmqrpc.runtime.otel;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.Drop;

/**
 * {@link ZmqRpcTelemetry} for {@link GlobalOpenTelemetry}, made when the global instance is set:
 * a container or an application may set it after zmqrpc's clients and servers are built.
 */
final class GlobalTelemetry implements CallListener {

    private volatile ZmqRpcTelemetry telemetry;

    private ZmqRpcTelemetry telemetry() {
        ZmqRpcTelemetry t = telemetry;
        if (t == null && GlobalOpenTelemetry.isSet()) {
            // two threads may both create one; either serves, as both use the same instance
            t = ZmqRpcTelemetry.create(GlobalOpenTelemetry.get());
            telemetry = t;
        }
        return t;
    }

    @Override
    public CallObserver started(CallInfo call) {
        ZmqRpcTelemetry t = telemetry();
        return t == null ? null : t.started(call);
    }

    @Override
    public void dropped(Drop drop) {
        ZmqRpcTelemetry t = telemetry();
        if (t != null) {
            t.dropped(drop);
        }
    }
}
