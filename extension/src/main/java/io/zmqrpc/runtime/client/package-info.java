/**
 * Internal: the clients of the three patterns and their typed proxies. A request/reply client
 * registers each call under a fresh request id, queues its frames to the socket thread, and the
 * socket thread completes the call when the reply with that id arrives; timeouts are swept on the
 * socket thread, so a call leaves nothing behind whatever happens to it.
 *
 * <p>Pipeline and pub/sub clients only send. The pub/sub client's XPUB socket also reads the
 * subscriptions its peers send, and the socket's monitor (read by the same socket thread)
 * counts its connections: {@code Subscribers} turns both into the slow-joiner waits.
 */
package io.zmqrpc.runtime.client;
