/**
 * Injection of zmqrpc clients into CDI beans.
 *
 * <p>{@link io.zmqrpc.inject.RpcClient} qualifies an injection point of a typed interface (a proxy
 * whose methods call the remote methods) or of one of the dynamic client types
 * {@link io.zmqrpc.RpcChannel}, {@link io.zmqrpc.PipelineClient}, {@link io.zmqrpc.PubSubClient}:
 *
 * <pre>{@code
 * @Inject @RpcClient(connect = "tcp://127.0.0.1:5555") Calculator calc;
 * @Inject @RpcClient(connect = "${calc.url}", timeout = "2s") RpcChannel dynamic;
 * }</pre>
 */
package io.zmqrpc.inject;

import io.zmqrpc.RpcChannel;
