/**
 * Observing calls: one listener SPI that sees every call of every pattern, on the client and the
 * server side, and the messages a side drops or refuses. zmqrpc's OpenTelemetry support and its
 * JFR events are built on it; a user's metrics or audit log can be too.
 *
 * <p>A {@link io.zmqrpc.observe.CallListener} is registered on a client's or a server's options
 * (in CDI: any bean implementing it). For each call it may return a
 * {@link io.zmqrpc.observe.CallObserver}, which sees the call's end. With no listener registered
 * the call path builds none of these objects.
 */
package io.zmqrpc.observe;
