package io.zmqrpc.testing;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * A request/reply server on {@code tcp://127.0.0.1:*} and a client connected to it, closed together.
 */
public final class Loopback implements AutoCloseable {

    private final RpcServer server;
    private final RpcChannel client;

    private Loopback(RpcServer server, RpcChannel client) {
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
    public static Loopback serve(Object handler, UnaryOperator<ServerOptions.Builder> serverOptions,
            UnaryOperator<ClientOptions.Builder> clientOptions) {
        RpcServer server = ZmqRpc.serveRpc(handler,
                serverOptions.apply(ServerOptions.builder().name("test-server").bind("tcp://127.0.0.1:*")).build());
        try {
            RpcChannel client = ZmqRpc.connectRpc(clientOptions.apply(ClientOptions.builder().name("test-client")
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
    public RpcChannel client() {
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
