package io.zmqrpc.runtime.otel;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.zmqrpc.Pattern;
import io.zmqrpc.observe.CallEnd;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.Outcome;
import io.zmqrpc.observe.Side;

/**
 * Starts and ends the span of a call. A client span is a child of the caller's current context,
 * and on request/reply its context is written into the call's metadata, which travels in the
 * call-context frame; a server span is a child of the context extracted from what arrived (a
 * root when nothing did: an aiozmq client, a pipeline or pub/sub message), never of whatever the
 * handler thread happens to hold.
 */
final class CallSpans {

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    CallSpans(Tracer tracer, TextMapPropagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Starts the call's span; returns the context that holds it (the parent's, plus the span). */
    Context start(CallInfo call, Attributes attributes) {
        boolean client = call.side() == Side.CLIENT;
        Context parent = client ? Context.current()
                : propagator.extract(Context.root(), call.metadata(), MetadataCarrier.INSTANCE);
        Span span = tracer.spanBuilder(name(call.method()))
                .setSpanKind(kind(call.side(), call.pattern()))
                .setParent(parent)
                .setAllAttributes(attributes)
                .startSpan();
        Context context = parent.with(span);
        if (client && call.pattern() == Pattern.RPC) {
            // only a request/reply client's metadata is writable: the other patterns' frames have no room
            propagator.inject(context, call.metadata(), MetadataCarrier.INSTANCE);
        }
        return context;
    }

    /**
     * Ends the call's span: a failed call gets status {@code ERROR}, described by its failure's
     * message, and {@code error.type}; a call to a method the server does not have is renamed as
     * semconv asks ({@code rpc.method} {@code _OTHER}, the name in {@code rpc.method_original}).
     */
    void end(Context context, String method, CallEnd end, boolean methodUnknown) {
        Span span = Span.fromContext(context);
        span.setAttribute(TelemetryKeys.RPC_RESPONSE_STATUS_CODE, end.outcome().name());
        if (methodUnknown) {
            span.setAttribute(TelemetryKeys.RPC_METHOD, TelemetryKeys.OTHER);
            span.setAttribute(TelemetryKeys.RPC_METHOD_ORIGINAL, method);
            span.updateName(TelemetryKeys.SYSTEM);
        }
        if (end.outcome() != Outcome.OK) {
            span.setAttribute(TelemetryKeys.ERROR_TYPE, CallAttributes.errorType(end));
            span.setStatus(StatusCode.ERROR, description(end));
        }
        span.end();
    }

    /** semconv: the method, or the system's name when there is none. */
    static String name(String method) {
        return method == null || method.isEmpty() ? TelemetryKeys.SYSTEM : method;
    }

    static SpanKind kind(Side side, Pattern pattern) {
        if (pattern == Pattern.RPC) {
            return side == Side.CLIENT ? SpanKind.CLIENT : SpanKind.SERVER;
        }
        return side == Side.CLIENT ? SpanKind.PRODUCER : SpanKind.CONSUMER;
    }

    private static String description(CallEnd end) {
        String message = end.failure() != null ? end.failure().getMessage() : null;
        return message != null ? message : CallAttributes.errorType(end);
    }
}
