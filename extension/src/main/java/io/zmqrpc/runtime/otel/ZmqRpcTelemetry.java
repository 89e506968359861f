package io.zmqrpc.runtime.otel;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.context.Context;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.Drop;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * zmqrpc's OpenTelemetry listener: register it on a client's or a server's options and every call
 * gets a span ({@code CLIENT}/{@code SERVER} for request/reply, {@code PRODUCER}/{@code CONSUMER}
 * for pipeline and pub/sub), the call-duration and in-flight metrics, and, on request/reply, its
 * trace context carried to the server so that both sides share one trace.
 *
 * <pre>{@code
 * ZmqRpcTelemetry telemetry = ZmqRpcTelemetry.create(openTelemetry);
 * ZmqRpc.serveRpc(handler, ServerOptions.builder().bind("tcp://127.0.0.1:5555").listener(telemetry).build());
 * ZmqRpc.connectRpc(ClientOptions.builder().connect("tcp://127.0.0.1:5555").listener(telemetry).build());
 * }</pre>
 *
 * <p>In CDI the extension registers one on every client and server by itself. One instance may
 * serve any number of clients and servers; it is thread-safe.
 */
public final class ZmqRpcTelemetry implements CallListener {

    /** The name of the tracer and the meter (the instrumentation scope). */
    public static final String INSTRUMENTATION_SCOPE = "io.zmqrpc";

    private final CallSpans spans;
    private final CallMetrics metrics;

    private ZmqRpcTelemetry(OpenTelemetry openTelemetry) {
        this.spans = new CallSpans(openTelemetry.getTracer(INSTRUMENTATION_SCOPE),
                openTelemetry.getPropagators().getTextMapPropagator());
        this.metrics = new CallMetrics(openTelemetry.getMeter(INSTRUMENTATION_SCOPE));
    }

    /**
     * The listener for an OpenTelemetry instance: its tracer, meter and propagators.
     *
     * @param openTelemetry for example the SDK the application built, or the container's
     * @return the listener
     */
    public static ZmqRpcTelemetry create(OpenTelemetry openTelemetry) {
        return new ZmqRpcTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry"));
    }

    /**
     * The listener for {@link GlobalOpenTelemetry} once it is set (by the OpenTelemetry Java agent,
     * or the application's {@code GlobalOpenTelemetry.set}); until then it observes nothing. It
     * never asks for the global instance before one is set, because asking sets a no-op one for
     * good, and the application's own {@code set} would then fail. (An API too old to tell whether
     * it is set, such as the 1.29 that Payara 6 ships, is asked at the first call.)
     *
     * @return the listener
     */
    public static CallListener global() {
        return lazy(() -> isGlobalSet() ? GlobalOpenTelemetry.get() : null);
    }

    /**
     * The listener for an instance asked for at the calls: until the supplier gives one (not
     * null) the listener observes nothing and asks again at the next call; when the supplier
     * throws, or the instance's API lacks what zmqrpc calls, it logs a warning once and observes
     * nothing from then on. For an instance that is not there yet when clients and servers are
     * built, or that a container gives only to threads working for the application.
     *
     * @param supplier gives the instance, or null while there is none
     * @return the listener
     */
    public static CallListener lazy(Supplier<? extends OpenTelemetry> supplier) {
        return new SuppliedTelemetry(Objects.requireNonNull(supplier, "supplier"));
    }

    private static boolean isGlobalSet() {
        try {
            return GlobalOpenTelemetry.isSet();
        } catch (NoSuchMethodError olderApi) {
            return true;
        }
    }

    @Override
    public CallObserver started(CallInfo call) {
        Attributes attributes = CallAttributes.of(call);
        Context context = spans.start(call, attributes);
        return new ObservedCall(call, attributes, context, spans, metrics);
    }

    @Override
    public void dropped(Drop drop) {
        metrics.dropped(drop);
    }
}
