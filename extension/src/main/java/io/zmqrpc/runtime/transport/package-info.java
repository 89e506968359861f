/**
 * Internal: the JeroMQ transport. Each socket lives on one thread of its own
 * ({@link io.zmqrpc.runtime.transport.SocketLoop}) that is never interrupted, because JeroMQ is not
 * interrupt-safe; other threads hand it outgoing messages through a queue and a coalesced wake-up.
 */
package io.zmqrpc.runtime.transport;
