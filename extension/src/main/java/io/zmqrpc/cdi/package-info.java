/**
 * The CDI extensions of zmqrpc, two front doors on one set of readers, checks and runtime: the
 * portable {@link io.zmqrpc.cdi.ZmqRpcExtension} and, for CDI Lite containers such as Quarkus, the
 * build-compatible {@link io.zmqrpc.cdi.ZmqRpcBuildCompatibleExtension}. Either discovers
 * {@code @RemoteEndpoint} beans and {@code @RpcClient} injection points, checks them at deployment,
 * serves the beans from {@code Startup} to {@code Shutdown} through their contextual references with
 * a request context per call, and injects shared clients. It is glue on
 * {@link io.zmqrpc.runtime.ZmqRpc}; the subpackages are internal: {@code cdi.config} (configuration
 * keys and placeholders), {@code cdi.server} (endpoint declarations, grouping by address, server
 * lifecycle), {@code cdi.client} (client declarations and shared connections), {@code cdi.intercept}
 * (interceptors around the calls of injected clients).
 */
package io.zmqrpc.cdi;
