/**
 * Internal: the JeroMQ transport. Each socket lives on one thread of its own
 * ({@link io.zmqrpc.runtime.transport.SocketLoop}) that is never interrupted, because JeroMQ is not
 * interrupt-safe; other threads hand it outgoing messages through a queue and a coalesced wake-up.
 *
 * <p>The loop keeps the thread and its lifecycle and delegates the rest: {@code LoopSocket} opens
 * the socket from its {@link io.zmqrpc.runtime.transport.SocketConfig} (options, monitor, bind,
 * connect), {@code Outbox} holds what waits to leave (the message a full pipe refused first, a
 * linger flush at close), {@code SocketCommands} what other threads want done on the socket,
 * {@code Idling} how the loop sleeps, is woken and spins, and {@code Multipart} sends and reads one
 * message without blocking. A socket's {@link io.zmqrpc.runtime.transport.SocketMonitor} hands its
 * connection and handshake events to the watchers that asked for them, on the loop thread.
 */
package io.zmqrpc.runtime.transport;
