package io.zmqrpc.bench;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * zmqrpc request/reply echo through the plain-Java runtime: an {@link EchoService} served with
 * {@code ZmqRpc.serveRpc} on a free loopback port, called through a {@code ZmqRpc.connectRpc}
 * client (blocking {@code call} for the sequential pattern, {@code callAsync} in flight). The
 * server and the client may also come from a CDI container ({@link io.zmqrpc.bench.cdi.CdiEcho}):
 * this class only drives an {@link RpcChannel}.
 */
public final class ZmqRpcEcho implements EchoTarget {

    private final RpcChannel client;
    private final AutoCloseable[] resources;

    /** Starts a plain server and a plain client. */
    ZmqRpcEcho() {
        this(Duration.ZERO, false, false);
    }

    /**
     * Starts a plain server and a plain client whose socket threads look for work for
     * {@code spin} before they sleep ({@code spin} of the options builders), the server running
     * its handler on the thread that read the request when {@code inline}
     * ({@code ServerOptions.Builder.inline}).
     *
     * @param spin   the spin time of both sides
     * @param inline whether the server runs the echo inline instead of on its handler executor
     * @param uninterruptedCallers whether the client promises its callers are never interrupted,
     *     so that they send their own requests and read their own replies
     */
    ZmqRpcEcho(Duration spin, boolean inline, boolean uninterruptedCallers) {
        this(s -> s.spin(spin).inline(inline), c -> c.spin(spin).uninterruptedCallers(uninterruptedCallers));
    }

    /**
     * Starts a plain server and a plain client with options of the caller's choosing.
     *
     * @param server adds to the server's options (the bind address is set)
     * @param client adds to the client's options (the connect address is set)
     */
    ZmqRpcEcho(UnaryOperator<ServerOptions.Builder> server, UnaryOperator<ClientOptions.Builder> client) {
        RpcServer running = ZmqRpc.serveRpc(new EchoService(),
                server.apply(ServerOptions.builder().bind("tcp://127.0.0.1:*")).build());
        this.client = ZmqRpc.connectRpc(client.apply(ClientOptions.builder().connect(running.endpoints().get(0)))
                .build());
        this.resources = new AutoCloseable[] {this.client, running};
    }

    /**
     * Drives {@code client}; closing this target closes {@code resources} in order.
     *
     * @param client the client calling an {@link EchoService}
     * @param resources what to close afterwards (client, servers, containers)
     */
    public ZmqRpcEcho(RpcChannel client, AutoCloseable... resources) {
        this.client = client;
        this.resources = resources.clone();
    }

    /**
     * Serves an {@link EchoService} through the plain-Java runtime.
     *
     * @return the running server, bound to a free loopback port
     */
    public static RpcServer serve() {
        return ZmqRpc.serveRpc(new EchoService(), ServerOptions.builder().bind("tcp://127.0.0.1:*").build());
    }

    @Override
    public byte[] call(byte[] payload) {
        return client.call(byte[].class, EchoService.METHOD, payload);
    }

    @Override
    public CompletableFuture<byte[]> callAsync(byte[] payload) {
        return client.callAsync(byte[].class, EchoService.METHOD, List.of(payload), Map.of());
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close " + resource, e);
            }
        }
    }
}
