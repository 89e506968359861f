package io.zmqrpc.runtime.server;

import io.zmqrpc.Pattern;
import io.zmqrpc.runtime.PubSubServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.health.ServerHealth;
import java.time.Duration;
import java.util.List;

/** A pub/sub server: a {@link ZmqServer} on a SUB socket whose subscriptions can change. */
public final class SubscribedServer implements PubSubServer {

    private final ZmqServer server;

    private SubscribedServer(ZmqServer server) {
        this.server = server;
    }

    /**
     * Starts a pub/sub server subscribed to the options' topics.
     *
     * @param handler the root handler
     * @param options the options
     * @return the running server
     */
    public static SubscribedServer start(Object handler, ServerOptions options) {
        return new SubscribedServer(ZmqServer.start(Pattern.PUBSUB, handler, options));
    }

    @Override
    public void subscribe(byte[] topic) {
        byte[] copy = topic.clone();
        server.onSocket(socket -> socket.subscribe(copy));
    }

    @Override
    public void unsubscribe(byte[] topic) {
        byte[] copy = topic.clone();
        server.onSocket(socket -> socket.unsubscribe(copy));
    }

    @Override
    public List<String> endpoints() {
        return server.endpoints();
    }

    @Override
    public Pattern pattern() {
        return server.pattern();
    }

    @Override
    public int inFlight() {
        return server.inFlight();
    }

    @Override
    public ServerHealth health() {
        return server.health();
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public void close(Duration grace) {
        server.close(grace);
    }

    @Override
    public void awaitClosed() throws InterruptedException {
        server.awaitClosed();
    }

    @Override
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return server.awaitClosed(timeout);
    }

    @Override
    public String toString() {
        return server.toString();
    }
}
