package io.zmqrpc.cli.testing;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.PubSubClient;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.util.function.UnaryOperator;

/**
 * Java zmqrpc peers for the tests, all in one place so that a change in zmqrpc's options touches
 * one test file: servers of each pattern bound to a free port, and publishers.
 */
public final class JavaPeers {

    private JavaPeers() {
    }

    /**
     * A request/reply server on a free port.
     *
     * @param handler the handler
     * @param options changes to the default options
     * @return the server; {@code endpoints().get(0)} is where it listens
     */
    public static RpcServer rpc(Object handler, UnaryOperator<ServerOptions.Builder> options) {
        return ZmqRpc.serveRpc(handler, options.apply(ServerOptions.builder().bind("tcp://127.0.0.1:*")).build());
    }

    /**
     * A request/reply server with default options.
     *
     * @param handler the handler
     * @return the server
     */
    public static RpcServer rpc(Object handler) {
        return rpc(handler, b -> b);
    }

    /**
     * A pipeline server on a free port.
     *
     * @param handler the handler
     * @return the server
     */
    public static RpcServer pipeline(Object handler) {
        return ZmqRpc.servePipeline(handler, ServerOptions.bind("tcp://127.0.0.1:*"));
    }

    /**
     * A pub/sub server on a free port.
     *
     * @param handler the handler
     * @param topics what it subscribes to
     * @return the server
     */
    public static RpcServer subscriber(Object handler, String... topics) {
        return ZmqRpc.servePubSub(handler, ServerOptions.builder().bind("tcp://127.0.0.1:*").subscribe(topics).build());
    }

    /**
     * A publisher connected to an endpoint.
     *
     * @param endpoint where the subscriber is
     * @return the publisher
     */
    public static PubSubClient publisher(String endpoint) {
        return ZmqRpc.connectPubSub(ClientOptions.connect(endpoint));
    }

    /**
     * A publisher that binds a free port; subscribers connect to it.
     *
     * @return the publisher; {@code endpoints().get(0)} is where
     */
    public static io.zmqrpc.runtime.client.PubClient boundPublisher() {
        return new io.zmqrpc.runtime.client.PubClient(ClientOptions.builder().bind("tcp://127.0.0.1:*").build());
    }

    /**
     * A pipeline client connected to an endpoint.
     *
     * @param endpoint where the server is
     * @return the client
     */
    public static PipelineClient pusher(String endpoint) {
        return ZmqRpc.connectPipeline(ClientOptions.connect(endpoint));
    }

    /**
     * A request/reply server that connects to an endpoint (a proxy's backend).
     *
     * @param handler the handler
     * @param endpoint where to connect
     * @return the server
     */
    public static RpcServer rpcConnected(Object handler, String endpoint) {
        return ZmqRpc.serveRpc(handler, ServerOptions.builder().connect(endpoint).build());
    }
}
