package io.zmqrpc.runtime.otel;

import io.opentelemetry.api.OpenTelemetry;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.Drop;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/**
 * {@link ZmqRpcTelemetry} for an instance asked for at the calls rather than when the listener is
 * built: until the supplier gives one it observes nothing and asks again at the next call, since
 * the instance may be set later (the global one) or given only to a thread working for the
 * application (a container's bean). When the supplier or the instance fails (an OpenTelemetry API
 * that lacks what zmqrpc calls, a producer that throws), it warns once and observes nothing from
 * then on: telemetry never fails a call.
 */
final class SuppliedTelemetry implements CallListener {

    private static final System.Logger LOG = System.getLogger(SuppliedTelemetry.class.getName());

    /** What a failed supplier leaves: no observation. */
    private static final CallListener NOTHING = call -> null;

    private final Supplier<? extends OpenTelemetry> supplier;
    private volatile CallListener telemetry;

    SuppliedTelemetry(Supplier<? extends OpenTelemetry> supplier) {
        this.supplier = supplier;
    }

    private CallListener telemetry() {
        CallListener t = telemetry;
        if (t != null) {
            return t;
        }
        try {
            OpenTelemetry instance = supplier.get();
            if (instance == null) {
                return null;
            }
            // two threads may both get here; either listener serves, as both use the same instance
            t = ZmqRpcTelemetry.create(instance);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "zmqrpc telemetry is off: its OpenTelemetry instance could not be used (" + e
                    + ")", e);
            t = NOTHING;
        }
        telemetry = t;
        return t;
    }

    @Override
    public CallObserver started(CallInfo call) {
        CallListener t = telemetry();
        return t == null ? null : t.started(call);
    }

    @Override
    public void dropped(Drop drop) {
        CallListener t = telemetry();
        if (t != null) {
            t.dropped(drop);
        }
    }
}
