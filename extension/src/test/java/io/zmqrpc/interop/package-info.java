/**
 * Interop with Python's aiozmq 1.0 (Debian's {@code python3-aiozmq}), both directions: Java clients
 * calling {@code aiozmq.rpc} servers and {@code aiozmq.rpc} clients calling Java servers. The Python
 * peers are the scripts under {@code src/test/resources/python/}, run through
 * {@link io.zmqrpc.testing.PythonPeer}; the tests fail, never skip, when the peer is missing.
 */
package io.zmqrpc.interop;
