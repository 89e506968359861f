/**
 * Internal: the CDI side of zmqrpc's OpenTelemetry support, which picks the container's
 * {@code OpenTelemetry} bean (MicroProfile Telemetry in WildFly and Payara) or the global
 * instance. Only reached after a check that the OpenTelemetry API is on the class path, so that a
 * container without it never loads a class that refers to it.
 */
package io.zmqrpc.cdi.otel;
