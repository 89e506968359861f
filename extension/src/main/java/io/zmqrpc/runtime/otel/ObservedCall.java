package io.zmqrpc.runtime.otel;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.context.Context;
import io.zmqrpc.observe.CallEnd;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.Side;

/**
 * One call followed: its span's context, made current around a server's handler so that the calls
 * the handler makes are its children, and ended with the call's span and metrics.
 */
final class ObservedCall implements CallObserver {

    private final Side side;
    private final String method;
    private final Attributes attributes;
    private final Context context;
    private final CallSpans spans;
    private final CallMetrics metrics;
    private final Attributes active;

    ObservedCall(CallInfo call, Attributes attributes, Context context, CallSpans spans, CallMetrics metrics) {
        this.side = call.side();
        this.method = call.method();
        this.attributes = attributes;
        this.context = context;
        this.spans = spans;
        this.metrics = metrics;
        this.active = metrics.started(call, attributes);
    }

    @Override
    public Scope enter() {
        return context.makeCurrent()::close;
    }

    @Override
    public void ended(CallEnd end) {
        boolean methodUnknown = side == Side.SERVER && CallAttributes.NOT_FOUND.equals(end.errorType());
        spans.end(context, method, end, methodUnknown);
        metrics.ended(side, active, CallAttributes.ended(attributes, end, methodUnknown), end.durationNanos());
    }
}
