package io.zmqrpc.runtime;

import io.zmqrpc.Pattern;
import io.zmqrpc.PipelineClient;
import io.zmqrpc.PubSubClient;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.client.DealerClient;
import io.zmqrpc.runtime.client.PubClient;
import io.zmqrpc.runtime.client.PushClient;
import io.zmqrpc.runtime.server.SubscribedServer;
import io.zmqrpc.runtime.server.ZmqServer;

/**
 * zmqrpc without a container, mirroring aiozmq's {@code serve_rpc}, {@code connect_rpc},
 * {@code serve_pipeline}, {@code connect_pipeline}, {@code serve_pubsub} and {@code connect_pubsub}.
 *
 * <pre>{@code
 * RpcServer server = ZmqRpc.serveRpc(new Calculator(), ServerOptions.bind("tcp://127.0.0.1:*"));
 * try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.connect(server.endpoints().get(0)))) {
 *     long three = client.call(Long.class, "add", 1, 2);
 * }
 * server.close();
 * }</pre>
 *
 * A handler is any object whose public {@code @RpcMethod} methods are the remote methods, a
 * {@code Map<String, ?>} of names to handlers (namespaces), or a
 * {@link io.zmqrpc.spi.DynamicHandler}.
 */
public final class ZmqRpc {

    private ZmqRpc() {
    }

    /**
     * Serves request/reply on a ROUTER socket.
     *
     * @param handler the root handler
     * @param options endpoints and the rest
     * @return the running server
     * @throws IllegalStateException naming the address when it cannot be bound or connected
     */
    public static RpcServer serveRpc(Object handler, ServerOptions options) {
        return ZmqServer.start(Pattern.RPC, handler, options);
    }

    /**
     * Connects a request/reply client (DEALER).
     *
     * @param options endpoints, timeout and the rest
     * @return the client
     */
    public static RpcChannel connectRpc(ClientOptions options) {
        return new DealerClient(options);
    }

    /**
     * Serves pipeline notifications on a PULL socket.
     *
     * @param handler the root handler
     * @param options endpoints and the rest
     * @return the running server
     */
    public static RpcServer servePipeline(Object handler, ServerOptions options) {
        return ZmqServer.start(Pattern.PIPELINE, handler, options);
    }

    /**
     * Connects a pipeline client (PUSH).
     *
     * @param options endpoints and the rest
     * @return the client
     */
    public static PipelineClient connectPipeline(ClientOptions options) {
        return new PushClient(options);
    }

    /**
     * Serves published calls on a SUB socket subscribed to {@link ServerOptions.Builder#subscribe}.
     *
     * @param handler the root handler
     * @param options endpoints, topics and the rest
     * @return the running server, whose subscriptions can change
     */
    public static PubSubServer servePubSub(Object handler, ServerOptions options) {
        return SubscribedServer.start(handler, options);
    }

    /**
     * Connects a pub/sub client (XPUB, a PUB on the wire; it also reads the subscriptions that
     * arrive, for {@link PubSubClient#awaitSubscriptions}). See {@code docs/patterns.md}.
     *
     * @param options endpoints and the rest
     * @return the client
     */
    public static PubSubClient connectPubSub(ClientOptions options) {
        return new PubClient(options);
    }

    /**
     * Starts a server of any pattern (what the CDI extension uses).
     *
     * @param pattern the pattern
     * @param handler the root handler
     * @param options endpoints and the rest
     * @return the running server
     */
    public static RpcServer serve(Pattern pattern, Object handler, ServerOptions options) {
        return switch (pattern) {
            case RPC -> serveRpc(handler, options);
            case PIPELINE -> servePipeline(handler, options);
            case PUBSUB -> servePubSub(handler, options);
        };
    }
}
