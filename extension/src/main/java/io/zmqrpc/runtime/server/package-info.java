/**
 * Internal: the one server of all three patterns. The socket thread only splits frames and hands
 * each message to the handler executor; decoding, dispatching and encoding run there, and replies
 * (request/reply only) return to the socket thread through its queue.
 */
package io.zmqrpc.runtime.server;
