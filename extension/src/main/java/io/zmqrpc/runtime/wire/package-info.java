/**
 * Internal: the aiozmq 1.0 wire format. Request and reply headers, frame layouts of the three
 * patterns, and the one msgpack value codec every pattern and both sides share.
 */
package io.zmqrpc.runtime.wire;
