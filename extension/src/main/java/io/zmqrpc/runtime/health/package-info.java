/**
 * A server's health: {@link io.zmqrpc.runtime.health.ServerHealth}, the immutable state every
 * {@link io.zmqrpc.runtime.RpcServer} reports (serving, draining or closed, its socket thread
 * alive, its endpoints), and the reserved, opt-in {@code _zmqrpc.health} method that answers it
 * over the wire, for load balancers and the command line. A server serves the method only when
 * {@code health(true)} is set on its options; otherwise the name gets aiozmq's
 * {@code NotFoundError} like any unknown name. The reply's shape is in {@code docs/protocol.md}.
 * Plain Java: the MicroProfile Health checks built on it live in {@code io.zmqrpc.cdi.health}.
 */
package io.zmqrpc.runtime.health;
