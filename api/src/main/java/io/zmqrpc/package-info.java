/**
 * The zmqrpc user API: remote procedure calls over ZeroMQ, wire-compatible with Python's
 * {@code aiozmq.rpc} 1.0.
 *
 * <p>Servers mark remotely callable methods with {@link io.zmqrpc.RpcMethod}; in a CDI container a
 * bean annotated {@link io.zmqrpc.RemoteEndpoint} is served from container start to stop. Clients
 * are {@link io.zmqrpc.RpcChannel} (request/reply), {@link io.zmqrpc.PipelineClient} (fire and
 * forget) and {@link io.zmqrpc.PubSubClient} (publish to topics), or typed proxies of an interface.
 * Remote failures arrive as {@link io.zmqrpc.RpcException} subclasses or as the Java exception the
 * error registry maps the remote type name to; {@link io.zmqrpc.RemoteError#of(Throwable)} recovers
 * the remote type name, arguments and repr from either.
 *
 * <pre>{@code
 * public class Calculator {
 *     @RpcMethod public int add(int a, int b) { return a + b; }
 * }
 * }</pre>
 */
package io.zmqrpc;
