package io.zmqrpc.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * How a server of any pattern runs: its socket and codec ({@link EndpointOptions}), where and how
 * long its handlers run, how many calls it takes at once, what it logs, how it shuts down, and
 * for pub/sub the topics it subscribes to. Immutable; made by {@link #builder()}.
 *
 * <pre>{@code
 * ZmqRpc.serveRpc(handler, ServerOptions.builder().bind("tcp://127.0.0.1:5555").maxInFlight(200).build());
 * }</pre>
 */
public final class ServerOptions extends EndpointOptions {

    private final Duration handlerTimeout;
    private final boolean logExceptions;
    private final boolean describe;
    private final boolean health;
    private final boolean inline;
    private final Set<Class<? extends Throwable>> excludeLogExceptions;
    private final Executor executor;
    private final InvocationWrapper invocationWrapper;
    private final int maxInFlight;
    private final Duration shutdownGrace;
    private final List<byte[]> subscriptions;

    private ServerOptions(Builder b) {
        super(b);
        this.handlerTimeout = b.handlerTimeout;
        this.logExceptions = b.logExceptions;
        this.describe = b.describe;
        this.health = b.health;
        this.inline = b.inline;
        this.excludeLogExceptions = Set.copyOf(b.excludeLogExceptions);
        this.executor = b.executor;
        this.invocationWrapper = b.invocationWrapper;
        this.maxInFlight = b.maxInFlight;
        this.shutdownGrace = b.shutdownGrace;
        this.subscriptions = b.subscriptions.stream().map(byte[]::clone).toList();
    }

    /**
     * A builder with every option at its default.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options that bind the given endpoints, all else default.
     *
     * @param endpoints for example {@code tcp://127.0.0.1:*}
     * @return the options
     */
    public static ServerOptions bind(String... endpoints) {
        return builder().bind(endpoints).build();
    }

    /**
     * A builder holding these options, to change some of them.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return how long a handler may run before its caller gets a timeout error, or null for no limit */
    public Duration handlerTimeout() {
        return handlerTimeout;
    }

    /** @return whether handler exceptions are logged */
    public boolean logExceptions() {
        return logExceptions;
    }

    /** @return whether the server answers the reserved {@code _zmqrpc.describe} */
    public boolean describe() {
        return describe;
    }

    /** @return whether the server answers the reserved {@code _zmqrpc.health} */
    public boolean health() {
        return health;
    }

    /** @return whether every handler runs on the thread that read its request */
    public boolean inline() {
        return inline;
    }

    /** @return exception types never logged */
    public Set<Class<? extends Throwable>> excludeLogExceptions() {
        return excludeLogExceptions;
    }

    /** @return the executor that runs handlers, or null for a pool of the server's own */
    public Executor executor() {
        return executor;
    }

    /** @return the wrapper around each handler invocation */
    public InvocationWrapper invocationWrapper() {
        return invocationWrapper;
    }

    /** @return the most calls the server runs at once before it stops reading */
    public int maxInFlight() {
        return maxInFlight;
    }

    /** @return how long a closing server lets calls in flight finish */
    public Duration shutdownGrace() {
        return shutdownGrace;
    }

    /** @return the topic prefixes a pub/sub server subscribes to */
    public List<byte[]> subscriptions() {
        return subscriptions.stream().map(byte[]::clone).toList();
    }

    /** Builds {@link ServerOptions}. Not thread-safe. */
    public static final class Builder extends EndpointOptions.Builder<Builder, ServerOptions> {
        private Duration handlerTimeout;
        private boolean logExceptions;
        private boolean describe;
        private boolean health;
        private boolean inline;
        private final Set<Class<? extends Throwable>> excludeLogExceptions = new LinkedHashSet<>();
        private Executor executor;
        private InvocationWrapper invocationWrapper = InvocationWrapper.DIRECT;
        private int maxInFlight = 1000;
        private Duration shutdownGrace = Duration.ofSeconds(5);
        private final List<byte[]> subscriptions = new ArrayList<>();

        private Builder() {
        }

        private Builder(ServerOptions from) {
            super(from);
            this.handlerTimeout = from.handlerTimeout;
            this.logExceptions = from.logExceptions;
            this.describe = from.describe;
            this.health = from.health;
            this.inline = from.inline;
            this.excludeLogExceptions.addAll(from.excludeLogExceptions);
            this.executor = from.executor;
            this.invocationWrapper = from.invocationWrapper;
            this.maxInFlight = from.maxInFlight;
            this.shutdownGrace = from.shutdownGrace;
            this.subscriptions.addAll(from.subscriptions);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * How long a handler may run: past it the caller gets {@link io.zmqrpc.RpcTimeoutException}
         * and a returned stage is cancelled. Default none.
         *
         * @param timeout positive, or null for no limit
         * @return this builder
         */
        public Builder handlerTimeout(Duration timeout) {
            this.handlerTimeout = timeout == null ? null : positive("handlerTimeout", timeout);
            return this;
        }

        /**
         * Whether handler exceptions are logged (aiozmq's {@code log_exceptions}). Default off.
         *
         * @param on true to log
         * @return this builder
         */
        public Builder logExceptions(boolean on) {
            this.logExceptions = on;
            return this;
        }

        /**
         * Whether the server answers the reserved {@code _zmqrpc.describe} with its remote methods,
         * their parameter names and types (what {@code zmqrpc describe} prints). Default off: the
         * name then gets aiozmq's {@code NotFoundError} like any unknown name. It tells a caller
         * the Java signatures of the server's methods, nothing else.
         *
         * @param on true to answer it
         * @return this builder
         */
        public Builder describe(boolean on) {
            this.describe = on;
            return this;
        }

        /**
         * Whether the server answers the reserved {@code _zmqrpc.health} with its health: up or
         * down, serving or draining, its checks and its calls in flight (for load balancers and
         * {@code zmqrpc call}). Default off: the name then gets aiozmq's {@code NotFoundError}
         * like any unknown name. It runs on the socket thread as it reads the request, so it
         * answers while every handler thread is busy; a draining server reads nothing, so a
         * caller's timeout means down too.
         *
         * @param on true to answer it
         * @return this builder
         */
        public Builder health(boolean on) {
            this.health = on;
            return this;
        }

        /**
         * Whether every handler runs on the thread that read its request (the server's socket
         * thread) instead of the handler executor, as aiozmq runs every handler on its event loop.
         * Default off. It saves a thread hand-off per call; the price is that a handler that blocks
         * holds up every call on the socket meanwhile, so only for handlers that never block. To
         * run only some methods inline, declare them {@code @RpcMethod(inline = true)} or serve a
         * part of the tree through {@link Handlers#inline(Object)}.
         *
         * @param on true to run handlers inline
         * @return this builder
         */
        public Builder inline(boolean on) {
            this.inline = on;
            return this;
        }

        /**
         * Exception types never logged (aiozmq's {@code exclude_log_exceptions}).
         *
         * @param types the types, subclasses included
         * @return this builder
         */
        @SafeVarargs
        public final Builder excludeLogExceptions(Class<? extends Throwable>... types) {
            excludeLogExceptions.addAll(Arrays.asList(types));
            return this;
        }

        /**
         * The executor that runs handlers. Default: a pool the server owns and shuts down on close.
         *
         * @param executor the executor, or null for the server's own
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /**
         * Wraps every handler invocation, on the thread that runs it (the CDI extension activates a
         * request context there). Default {@link InvocationWrapper#DIRECT}.
         *
         * @param wrapper the wrapper
         * @return this builder
         */
        public Builder invocationWrapper(InvocationWrapper wrapper) {
            this.invocationWrapper = Objects.requireNonNull(wrapper, "invocationWrapper");
            return this;
        }

        /**
         * How many calls run at once before the server stops reading, so that ZeroMQ's
         * high-water marks push back on clients. Default 1,000.
         *
         * @param calls positive
         * @return this builder
         */
        public Builder maxInFlight(int calls) {
            if (calls <= 0) {
                throw new IllegalArgumentException("maxInFlight must be positive, got " + calls);
            }
            this.maxInFlight = calls;
            return this;
        }

        /**
         * How long {@code close()} lets calls in flight finish before answering them with
         * {@link io.zmqrpc.ServiceClosedException}. Default 5 s.
         *
         * @param grace zero or positive
         * @return this builder
         */
        public Builder shutdownGrace(Duration grace) {
            if (grace == null || grace.isNegative()) {
                throw new IllegalArgumentException("shutdownGrace must not be negative, got " + grace);
            }
            this.shutdownGrace = grace;
            return this;
        }

        /**
         * Topic prefixes a pub/sub server subscribes to, as UTF-8 (none: it receives nothing
         * until {@link PubSubServer#subscribe} is called).
         *
         * @param topics the prefixes; empty text for everything
         * @return this builder
         */
        public Builder subscribe(String... topics) {
            for (String t : topics) {
                subscriptions.add(t.getBytes(StandardCharsets.UTF_8));
            }
            return this;
        }

        /**
         * A byte topic prefix a pub/sub server subscribes to.
         *
         * @param topic the prefix
         * @return this builder
         */
        public Builder subscribe(byte[] topic) {
            subscriptions.add(topic.clone());
            return this;
        }

        @Override
        public ServerOptions build() {
            return new ServerOptions(this);
        }
    }
}
