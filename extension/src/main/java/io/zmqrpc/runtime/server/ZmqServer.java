package io.zmqrpc.runtime.server;

import io.zmqrpc.Pattern;
import io.zmqrpc.ServiceClosedException;
import io.zmqrpc.runtime.RpcOptions;
import io.zmqrpc.runtime.PubSubServer;
import io.zmqrpc.runtime.describe.Describing;
import io.zmqrpc.runtime.dispatch.Dispatcher;
import io.zmqrpc.runtime.security.ServerSecurity;
import io.zmqrpc.runtime.transport.SocketConfig;
import io.zmqrpc.runtime.transport.SocketLoop;
import io.zmqrpc.runtime.transport.SocketOptions;
import io.zmqrpc.runtime.wire.ExtTypes;
import io.zmqrpc.runtime.wire.ValueCodec;
import io.zmqrpc.runtime.wire.WireFormatException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The server of every pattern: ROUTER for request/reply, PULL for pipeline, SUB for pub/sub. The
 * socket thread splits each message and hands it to the handler executor; at most
 * {@code maxInFlight} calls run at once, beyond which the socket thread stops reading.
 */
public final class ZmqServer implements PubSubServer, SocketLoop.Listener {

    private static final System.Logger LOG = System.getLogger(ZmqServer.class.getName());

    private final Pattern pattern;
    private final MessageLayout layout;
    private final RpcOptions options;
    private final CallRunner runner;
    private final CallQueue queue;
    private final Executor executor;
    private final ExecutorService ownedExecutor;
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Calls counted done whose reply is not queued on the socket yet. */
    private final AtomicInteger replying = new AtomicInteger();
    private final Set<Incoming> active = ConcurrentHashMap.newKeySet();
    private final RateLimitedLog badInput = new RateLimitedLog(LOG, 1000);
    private final CompletableFuture<Void> drained = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private volatile boolean accepting = true;
    private SocketLoop loop;
    private ServerSecurity security;

    private ZmqServer(Pattern pattern, Object handler, RpcOptions options) {
        this.pattern = pattern;
        this.layout = MessageLayout.of(pattern);
        this.options = options;
        this.maxInFlight = options.maxInFlight();
        this.ownedExecutor = options.executor() == null ? Executors.handlerPool(options.name()) : null;
        this.executor = ownedExecutor != null ? ownedExecutor : options.executor();
        ValueCodec codec = new ValueCodec(new ExtTypes(options.translators()), options.decodeLimits());
        Replies replies = pattern == Pattern.RPC
                ? new Replies(codec, options.errorRegistry(), Identity.PID, Identity.random()) : null;
        this.runner = new CallRunner(new Dispatcher(options.describe() ? Describing.wrap(handler) : handler), codec, replies, options, this, badInput);
        this.queue = new CallQueue(executor, runner::run,
                call -> finish(call, new ServiceClosedException("the handler executor refused the call")));
    }

    /**
     * Starts a server: opens, binds and connects its socket, then serves.
     *
     * @param pattern the pattern
     * @param handler the root handler
     * @param options the options
     * @return the running server
     * @throws IllegalStateException naming the address when the socket cannot bind or connect
     */
    public static ZmqServer start(Pattern pattern, Object handler, RpcOptions options) {
        ZmqServer server = new ZmqServer(pattern, handler, options);
        SocketType type = switch (pattern) {
            case RPC -> SocketType.ROUTER;
            case PIPELINE -> SocketType.PULL;
            case PUBSUB -> SocketType.SUB;
        };
        server.security = ServerSecurity.open(options.curve(), options.name());
        java.util.function.Consumer<ZMQ.Socket> socketOptions = SocketOptions.from(options).andThen(server.security::monitor);
        if (pattern == Pattern.PUBSUB) {
            socketOptions = socketOptions.andThen(socket -> options.subscriptions().forEach(socket::subscribe));
        }
        try {
            server.loop = SocketLoop.start(new SocketConfig(options.name(), type, options.bindEndpoints(),
                    options.connectEndpoints(), socketOptions, options.spin()), server);
            server.security.started();
        } catch (RuntimeException e) {
            if (server.loop != null) {
                server.loop.close(Duration.ZERO);
            }
            server.security.close();
            server.shutdownExecutor();
            throw e;
        }
        return server;
    }

    @Override
    public List<String> endpoints() {
        return loop.endpoints();
    }

    @Override
    public Pattern pattern() {
        return pattern;
    }

    @Override
    public int inFlight() {
        return inFlight.get();
    }

    @Override
    public void subscribe(byte[] topic) {
        subscription(topic, true);
    }

    @Override
    public void unsubscribe(byte[] topic) {
        subscription(topic, false);
    }

    /** Changes what a pub/sub server is subscribed to, on the socket thread. */
    private void subscription(byte[] topic, boolean subscribe) {
        if (pattern != Pattern.PUBSUB) {
            throw new IllegalStateException("only a pub/sub server has subscriptions");
        }
        if (!accepting) {
            // The socket thread is stopping or gone: the change would never run.
            throw new ServiceClosedException("server " + options.name() + " is closed");
        }
        byte[] copy = topic.clone();
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(socket -> {
            if (subscribe) {
                socket.subscribe(copy);
            } else {
                socket.unsubscribe(copy);
            }
            done.complete(null);
        });
        done.orTimeout(10, TimeUnit.SECONDS).join();
    }

    // ---- on the socket thread

    @Override
    public void onMessage(byte[][] frames) {
        Incoming call;
        try {
            call = layout.split(frames);
        } catch (WireFormatException e) {
            badInput.log(Level.WARNING, "zmqrpc " + options.name() + ": dropped a malformed message: " + e.getMessage(), null);
            return;
        }
        inFlight.incrementAndGet();
        if (pattern == Pattern.RPC) {
            active.add(call);
        }
        queue.add(call);
    }

    @Override
    public void afterReads() {
        // One hand-off per read burst instead of one per call.
        queue.dispatch();
    }

    @Override
    public boolean readable() {
        return accepting && inFlight.get() < maxInFlight;
    }

    // ---- on handler threads

    /** Answers a call (request/reply) unless it was answered already, and counts it done. */
    void finish(Incoming call, Object result, Throwable failure) {
        if (!call.claim()) {
            return;
        }
        // Until the reply is queued, a closing server must not count itself drained: its socket
        // thread would close the socket before the reply is on it.
        replying.incrementAndGet();
        byte[][] reply = null;
        try {
            if (runner.replies() != null) {
                reply = failure == null ? runner.replies().result(call, result) : runner.replies().error(call, failure);
            }
        } finally {
            // Count the call done before its reply can reach the caller, so that a caller that has
            // its answer never sees the call still in flight.
            release(call);
        }
        try {
            if (reply != null) {
                loop.send(reply);
            }
        } finally {
            replying.decrementAndGet();
            completeIfDrained();
        }
    }

    /** Counts a call done without answering it (it could not be decoded). */
    void drop(Incoming call) {
        if (call.claim()) {
            release(call);
        }
    }

    private void release(Incoming call) {
        active.remove(call);
        int before = inFlight.getAndDecrement();
        if (before == maxInFlight) {
            loop.wake();
        }
        completeIfDrained();
    }

    /**
     * Once closing, drained means no call running and every reply queued. A finishing call raises
     * {@code replying} before it lowers {@code inFlight} and lowers it only after its reply is
     * queued, so both read zero only when nothing is left to send.
     */
    private void completeIfDrained() {
        if (!accepting && inFlight.get() == 0 && replying.get() == 0) {
            drained.complete(null);
        }
    }

    void finish(Incoming call, Throwable failure) {
        finish(call, null, failure);
    }

    // ---- lifecycle

    @Override
    public void close() {
        close(options.shutdownGrace());
    }

    @Override
    public synchronized void close(Duration grace) {
        if (closed.isDone()) {
            return;
        }
        accepting = false;
        loop.wake();
        completeIfDrained();
        try {
            drained.get(Math.max(0, grace.toMillis()), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "zmqrpc {0}: {1} calls still running after the {2} ms grace period are answered "
                    + "with ServiceClosedException", options.name(), inFlight.get(), grace.toMillis());
        }
        for (Incoming call : active) {
            finish(call, new ServiceClosedException("server " + options.name() + " closed before the call completed"));
        }
        loop.close(options.linger());
        security.close();
        shutdownExecutor();
        closed.complete(null);
    }

    private void shutdownExecutor() {
        if (ownedExecutor != null) {
            // Calls still running were answered already; interrupting a handler thread is allowed
            // (it is never a socket thread).
            ownedExecutor.shutdownNow();
        }
    }

    @Override
    public void awaitClosed() throws InterruptedException {
        try {
            closed.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        try {
            closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public String toString() {
        return "ZmqServer[" + options.name() + ", " + pattern + ", " + (closed.isDone() ? "closed" : endpoints()) + "]";
    }
}
