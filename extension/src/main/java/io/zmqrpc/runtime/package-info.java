/**
 * The plain-Java entry point of zmqrpc: {@link io.zmqrpc.runtime.ZmqRpc} serves handlers and
 * connects clients for the three patterns, configured by {@link io.zmqrpc.runtime.ServerOptions} and {@link io.zmqrpc.runtime.ClientOptions}.
 * The CDI extension ({@code io.zmqrpc.cdi}) is built on it.
 */
package io.zmqrpc.runtime;
