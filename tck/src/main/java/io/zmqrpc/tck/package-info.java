/**
 * The zmqrpc compatibility suite: tests written against {@code zmqrpc-api} only, one behaviour per
 * test class, run against an implementation through {@link io.zmqrpc.tck.spi.Container}. Fixture
 * beans live in {@code io.zmqrpc.tck.fixtures.<behaviour>}.
 */
package io.zmqrpc.tck;
