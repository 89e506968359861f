/**
 * Internal: MicroProfile Health checks, added by either extension only when
 * {@code org.eclipse.microprofile.health.HealthCheck} is on the class path
 * ({@link io.zmqrpc.cdi.health.HealthPresence}, which references no MicroProfile type, decides).
 * One {@code @Readiness} check per endpoint bean, {@code zmqrpc-server-<name>}, up while its
 * server serves; one {@code @Liveness} check, {@code zmqrpc}, up while the socket thread of every
 * server not yet closed runs (added when there is an endpoint bean). The checks read {@link io.zmqrpc.runtime.health.ServerHealth}, the
 * same state the reserved {@code _zmqrpc.health} answers over the wire. Only the classes of this
 * package reference MicroProfile Health, and only when it is present are they loaded, so zmqrpc
 * works without it.
 */
package io.zmqrpc.cdi.health;
