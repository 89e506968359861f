package io.zmqrpc.runtime.pubsub;

import io.zmqrpc.runtime.PubSubServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.Inbox;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A Java subscriber for the tests: a pub/sub server bound to a free port (unless it connects), with
 * one handler thread so that calls from one publisher are handled in the order they were published.
 */
final class Subscriber implements AutoCloseable {

    final Inbox inbox = new Inbox();
    final PubSubServer server;
    private final ExecutorService ordered = Executors.newSingleThreadExecutor();

    /** A subscriber serving a {@link Listener} at the root. */
    Subscriber(UnaryOperator<ServerOptions.Builder> options) {
        this(Listener::new, options);
    }

    /** A subscriber serving a {@link Listener} under a namespace. */
    Subscriber(String namespace, UnaryOperator<ServerOptions.Builder> options) {
        this(inbox -> Map.of(namespace, new Listener(inbox)), options);
    }

    /** A subscriber serving the handler made for its inbox. */
    Subscriber(Function<Inbox, Object> handler, UnaryOperator<ServerOptions.Builder> options) {
        ServerOptions.Builder builder = options.apply(ServerOptions.builder().executor(ordered));
        if (builder.build().socket().connectEndpoints().isEmpty()) {
            builder.bind("tcp://127.0.0.1:*");
        }
        server = ZmqRpc.servePubSub(handler.apply(inbox), builder.build());
    }

    String endpoint() {
        return server.endpoints().get(0);
    }

    @Override
    public void close() {
        server.close();
        ordered.shutdownNow();
    }
}
