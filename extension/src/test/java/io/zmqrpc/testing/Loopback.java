package io.zmqrpc.testing;

import io.zmqrpc.RpcClient;
import io.zmqrpc.runtime.RpcOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ZmqRpc;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * A request/reply server on {@code tcp://127.0.0.1:*} and a client connected to it, closed together.
 */
public final class Loopback implements AutoCloseable {

    private final RpcServer server;
    private final RpcClient client;

    private Loopback(RpcServer server, RpcClient client) {
        this.server = server;
        this.client = client;
    }

    /**
     * Serves a handler with default options and connects a client with a generous timeout.
     *
     * @param handler the handler
     * @return the pair
     */
    public static Loopback serve(Object handler) {
        return serve(handler, server -> server, client -> client);
    }

    /**
     * Serves a handler and connects a client, each with options of the test's choosing.
     *
     * @param handler the handler
     * @param serverOptions adds to the server's options (the bind address is set)
     * @param clientOptions adds to the client's options (the connect address and a 30 s timeout are set)
     * @return the pair
     */
    public static Loopback serve(Object handler, UnaryOperator<RpcOptions.Builder> serverOptions,
            UnaryOperator<RpcOptions.Builder> clientOptions) {
        RpcServer server = ZmqRpc.serveRpc(handler,
                serverOptions.apply(RpcOptions.builder().name("test-server").bind("tcp://127.0.0.1:*")).build());
        try {
            RpcClient client = ZmqRpc.connectRpc(clientOptions.apply(RpcOptions.builder().name("test-client")
                    .connect(server.endpoints().get(0)).timeout(Duration.ofSeconds(30))).build());
            return new Loopback(server, client);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * The server.
     *
     * @return the server
     */
    public RpcServer server() {
        return server;
    }

    /**
     * The client.
     *
     * @return the client
     */
    public RpcClient client() {
        return client;
    }

    /**
     * The endpoint the server is bound to.
     *
     * @return for example {@code tcp://127.0.0.1:40123}
     */
    public String endpoint() {
        return server.endpoints().get(0);
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            server.close(Duration.ofSeconds(2));
        }
    }
}
