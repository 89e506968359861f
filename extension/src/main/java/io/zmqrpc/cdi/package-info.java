/**
 * The CDI portable extension of zmqrpc: {@link io.zmqrpc.cdi.ZmqRpcExtension} discovers
 * {@code @RemoteEndpoint} beans and {@code @RpcClient} injection points, checks them at deployment,
 * serves the beans from {@code Startup} to {@code Shutdown} through their contextual references with
 * a request context per call, and injects shared clients. It is glue on
 * {@link io.zmqrpc.runtime.ZmqRpc}; the subpackages are internal: {@code cdi.config} (configuration
 * keys and placeholders), {@code cdi.server} (endpoint declarations, grouping by address, server
 * lifecycle), {@code cdi.client} (client declarations and shared connections).
 */
package io.zmqrpc.cdi;
