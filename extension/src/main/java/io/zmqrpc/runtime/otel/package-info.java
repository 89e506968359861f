/**
 * OpenTelemetry for zmqrpc: a {@link io.zmqrpc.observe.CallListener} that makes a span per call,
 * records the call-duration, in-flight and dropped-message metrics, and carries the W3C trace
 * context in the call-context frame of request/reply calls. Start from
 * {@link io.zmqrpc.runtime.otel.ZmqRpcTelemetry}.
 *
 * <p>The OpenTelemetry API is an optional dependency of zmqrpc: this package and the CDI glue in
 * {@code io.zmqrpc.cdi.otel} are the only ones that refer to it, and nothing else loads a class
 * from either unless the API is on the class path (the CDI extension checks first). Names and attributes follow the OpenTelemetry semantic
 * conventions for RPC (release candidate, semconv 1.38 and later) and are listed in
 * {@code docs/observability.md}.
 */
package io.zmqrpc.runtime.otel;
