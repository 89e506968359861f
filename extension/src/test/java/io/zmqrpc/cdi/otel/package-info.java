/**
 * zmqrpc's OpenTelemetry listener in Weld SE: the container's {@code OpenTelemetry} bean (the SDK,
 * produced by the test) is used for every injected client and served endpoint, and beans
 * implementing {@code CallListener} are registered on them too.
 */
package io.zmqrpc.cdi.otel;
