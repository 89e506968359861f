package io.zmqrpc.runtime.server;

import io.zmqrpc.Pattern;
import io.zmqrpc.ServiceClosedException;
import io.zmqrpc.runtime.Handlers;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.DropReason;
import io.zmqrpc.observe.Outcome;
import io.zmqrpc.observe.Side;
import io.zmqrpc.runtime.errors.ErrorReplies;
import io.zmqrpc.runtime.observe.Observation;
import io.zmqrpc.runtime.observe.Outcomes;
import io.zmqrpc.runtime.dispatch.Dispatcher;
import io.zmqrpc.runtime.health.Health;
import io.zmqrpc.runtime.health.ServerHealth;
import io.zmqrpc.runtime.security.ServerSecurity;
import io.zmqrpc.runtime.support.RateLimitedLog;
import io.zmqrpc.runtime.transport.SocketConfig;
import io.zmqrpc.runtime.transport.SocketLoop;
import io.zmqrpc.runtime.transport.SocketMonitor;
import io.zmqrpc.runtime.wire.Message;
import io.zmqrpc.runtime.wire.ReplyHeader;
import io.zmqrpc.runtime.wire.WireFormatException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.zeromq.ZMQ;

/**
 * The server of every pattern, as its {@link ServerProfile} says: ROUTER for request/reply, PULL
 * for pipeline, SUB for pub/sub. The socket thread splits each message and hands it to the
 * handler executor, or runs it itself when its handler is declared inline; whichever thread
 * completes a call sends its reply. At most {@code maxInFlight} calls are in flight, running or with their reply
 * held for a client whose pipe is full; beyond that the socket thread stops reading, and TCP
 * pushes back on the clients. While it drains (its close has begun), a request/reply server reads
 * on and answers each new request at once with {@code ServiceClosedException} (but
 * {@code _zmqrpc.health}, which reports the drain); a pipeline or pub/sub server stops reading.
 * The server owns what becomes of each call's outcome: the reply, and the count.
 */
public final class ZmqServer implements RpcServer, SocketLoop.Listener {

    private static final System.Logger LOG = System.getLogger(ZmqServer.class.getName());
    private static final byte[] HEALTH_NAME = Health.HEALTH.getBytes(StandardCharsets.UTF_8);

    private final Pattern pattern;
    private final ServerProfile profile;
    private final ServerOptions options;
    private final Replies replies;
    private final Observation observation;
    private final CallRunner runner;
    private final CallQueue queue;
    private final ExecutorService ownedExecutor;
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Set<Incoming> active = ConcurrentHashMap.newKeySet();
    private final RateLimitedLog badInput = new RateLimitedLog(LOG, 1000);
    private final RateLimitedLog departures = new RateLimitedLog(LOG, 1000);
    private final AtomicLong repliesDropped = new AtomicLong();
    private final CompletableFuture<Void> drained = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private volatile boolean accepting = true;
    private SocketLoop loop;
    private ServerSecurity security;

    private ZmqServer(Pattern pattern, Object handler, ServerOptions options) {
        this.pattern = pattern;
        this.profile = ServerProfile.of(pattern);
        this.options = options;
        this.maxInFlight = options.maxInFlight();
        this.ownedExecutor = options.executor() == null ? Executors.handlerPool(options.name()) : null;
        Executor executor = ownedExecutor != null ? ownedExecutor : options.executor();
        this.replies = profile.answers ? new Replies(options.codec(), options.errorRegistry()) : null;
        Object root = ReservedMethods.around(handler, options, this::health);
        this.observation = new Observation(Side.SERVER, pattern, options.name(), options.listeners(),
                () -> loop == null ? List.of() : loop.endpoints());
        this.runner = new CallRunner(new Dispatcher(options.inline() ? Handlers.inline(root) : root), options,
                observation);
        this.queue = new CallQueue(executor, runner::run, call -> call.outcome.completeExceptionally(
                new ServiceClosedException("the handler executor refused the call")));
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
    public static ZmqServer start(Pattern pattern, Object handler, ServerOptions options) {
        ZmqServer server = new ZmqServer(pattern, handler, options);
        server.security = ServerSecurity.open(options.socket().curve(), options.name(),
                () -> server.observation.dropped(DropReason.UNAUTHORISED, 1));
        try {
            server.loop = SocketLoop.start(new SocketConfig(options.name(), server.profile.socketType,
                    options.socket()), server);
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
    public ServerHealth health() {
        SocketLoop socket = loop;
        ServerHealth.State state = closed.isDone() ? ServerHealth.State.CLOSED
                : accepting ? ServerHealth.State.SERVING : ServerHealth.State.DRAINING;
        boolean open = socket != null && state != ServerHealth.State.CLOSED;
        return new ServerHealth(options.name(), pattern, state, socket != null && socket.alive(),
                open ? socket.endpoints() : List.of(), inFlight.get());
    }

    /**
     * Replies dropped because their client went away while they were held for it or on their
     * way (counted since the server started).
     *
     * @return the count
     */
    public long repliesDropped() {
        return repliesDropped.get();
    }

    /**
     * Calls not started because their caller's deadline had passed when a handler thread took them
     * (counted since the server started; each was answered with a timeout error).
     *
     * @return the count
     */
    public long callsExpired() {
        return runner.expired();
    }

    /**
     * Runs an action on the socket, on its own thread, and waits for it (a subscription change).
     *
     * @param action what to do with the socket
     * @throws ServiceClosedException when the server is closed
     */
    void onSocket(Consumer<ZMQ.Socket> action) {
        if (!accepting) {
            // The socket thread is stopping or gone: the action would never run.
            throw new ServiceClosedException("server " + options.name() + " is closed");
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(socket -> {
            action.accept(socket);
            done.complete(null);
        });
        done.orTimeout(10, TimeUnit.SECONDS).join();
    }

    // ---- on the socket thread

    @Override
    public void onMessage(byte[][] frames) {
        Message message;
        try {
            message = profile.framing.deframe(frames);
        } catch (WireFormatException e) {
            badInput.log(Level.WARNING, "zmqrpc " + options.name() + ": dropped a malformed message: " + e.getMessage(), null);
            observation.dropped(DropReason.MALFORMED, 1);
            return;
        }
        Incoming call = new Incoming(message);
        inFlight.incrementAndGet();
        if (profile.answers) {
            active.add(call);
        }
        call.outcome.whenComplete((value, failure) -> finish(call, value, failure));
        if (!accepting && !answersWhileDraining(message)) {
            // Read while draining, so that its caller fails at once instead of at its timeout
            // (and so that the disconnect notices of clients that leave are read too).
            observation.dropped(DropReason.REFUSED, 1);
            call.outcome.completeExceptionally(new ServiceClosedException("server " + options.name()
                    + " is closing: the call was not started"));
            return;
        }
        if (runner.runsInline(message)) {
            // Declared inline: on this thread (the socket's reader), its reply sent from here.
            runner.run(call);
        } else {
            queue.add(call);
        }
    }

    @Override
    public void opening(ZMQ.Socket socket, SocketMonitor monitor) {
        security.watch(monitor);
        if (profile.subscribes) {
            options.subscriptions().forEach(socket::subscribe);
        }
    }

    @Override
    public void afterReads() {
        // One hand-off per read burst instead of one per call.
        queue.dispatch();
    }

    @Override
    public boolean readable() {
        // A draining request/reply server goes on reading: new requests are refused at once, and
        // a client's disconnect notice, which JeroMQ keeps in the inbound pipe behind its
        // requests, must be read for that client's pipe to close (until then a reply to it is
        // refused as if the pipe were full, and the drain would wait for it the whole grace).
        // A draining pipeline or pub/sub server stops reading: its PUSH peers then send to the
        // other servers.
        return accepting ? inFlight.get() < maxInFlight : profile.answers;
    }

    /** The health check still answers while the server drains: that is when it says DOWN. */
    private boolean answersWhileDraining(Message message) {
        return options.health() && Arrays.equals(message.name(), HEALTH_NAME);
    }

    /** Replies left the socket: those calls are done. */
    @Override
    public void onSent(int count) {
        done(count);
    }

    /**
     * A client went away: the replies held for it are gone (those calls are done), and so is any
     * use in the calls it still has running, which are cancelled (their replies are never built).
     */
    @Override
    public void onPeerGone(byte[] identity, int dropped) {
        int cancelled = 0;
        for (Incoming call : active) {
            if (Arrays.equals(call.message.envelope()[0], identity)
                    && call.outcome.completeExceptionally(new CallerGone())) {
                cancelled++;
            }
        }
        repliesDropped.addAndGet(dropped);
        observation.dropped(DropReason.REPLY_DROPPED, dropped);
        done(dropped);
        if (dropped > 0 || cancelled > 0) {
            departures.log(Level.INFO, "zmqrpc " + options.name() + ": a client went away; dropped " + dropped
                    + " replies held for it and cancelled " + cancelled + " of its calls still running", null);
        }
    }

    // ---- on whichever thread completed the call's outcome

    /**
     * Answers a call (request/reply); its outcome is complete, once. A call with a reply stays in
     * flight until the reply leaves the socket (or its client is gone): a reply held for a client
     * whose pipe is full still counts, so that a server at {@code maxInFlight} stops reading.
     */
    private void finish(Incoming call, Object result, Throwable failure) {
        active.remove(call);
        if (failure instanceof CallRunner.Undecodable) {
            badInput.log(Level.WARNING, "zmqrpc " + options.name() + ": dropped an undecodable message: "
                    + failure.getMessage(), null);
            observation.dropped(DropReason.UNDECODABLE, 1);
        }
        if (replies == null || failure instanceof CallerGone || failure instanceof CallRunner.Undecodable) {
            observed(call, failure, null);
            done(1);
            return;
        }
        byte[][] reply = failure == null ? replies.result(call.message, result) : replies.error(call.message, failure);
        observed(call, failure, reply);
        loop.send(reply);
    }

    /** Tells the call's observers how it ended, when it has any. */
    private void observed(Incoming call, Throwable failure, byte[][] reply) {
        CallObserver observer = call.observer;
        if (observer == null) {
            return;
        }
        int replyBytes = reply == null ? 0 : reply[reply.length - 1].length;
        Outcome outcome;
        String type = null;
        if (call.expired) {
            outcome = Outcome.EXPIRED;
            type = failure.getClass().getName();
        } else if (failure == null) {
            // A result that cannot be encoded was answered with an error naming it.
            boolean error = reply != null && ReplyHeader.decode(reply[reply.length - 2]).error();
            outcome = error ? Outcome.ERROR : Outcome.OK;
            type = error ? io.zmqrpc.runtime.wire.UnencodableValueException.class.getName() : null;
        } else if (failure instanceof CallerGone) {
            outcome = Outcome.CANCELLED;
        } else {
            Outcome local = Outcomes.local(failure);
            outcome = local == Outcome.FAILED ? Outcome.ERROR : local;
            type = outcome == Outcome.ERROR ? ErrorReplies.describe(options.errorRegistry(), failure).type()
                    : failure.getClass().getName();
        }
        observer.ended(Outcomes.server(outcome, type, failure, call.received, call.started, replyBytes));
    }

    /** Counts calls done; once closing and none is left, the server is drained. */
    private void done(int calls) {
        if (calls == 0) {
            return;
        }
        int before = inFlight.getAndAdd(-calls);
        if (before >= maxInFlight) {
            loop.wake();
        }
        if (!accepting && before == calls) {
            drained.complete(null);
        }
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
        if (inFlight.get() == 0) {
            drained.complete(null);
        }
        try {
            drained.get(Math.max(0, grace.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "zmqrpc {0}: {1} calls still running after the {2} ms grace period are answered "
                    + "with ServiceClosedException", options.name(), inFlight.get(), grace.toMillis());
        }
        for (Incoming call : active) {
            call.outcome.completeExceptionally(new ServiceClosedException("server " + options.name()
                    + " closed before the call completed"));
        }
        loop.close(options.socket().linger());
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
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        try {
            closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public String toString() {
        return "ZmqServer[" + options.name() + ", " + pattern + ", " + (closed.isDone() ? "closed" : endpoints()) + "]";
    }
}
