package io.zmqrpc.runtime;

import io.zmqrpc.runtime.errors.DefaultErrorRegistry;
import io.zmqrpc.runtime.security.CurveKeys;
import io.zmqrpc.runtime.security.CurveSettings;
import io.zmqrpc.runtime.wire.DecodeLimits;
import io.zmqrpc.runtime.wire.ExtTypes;
import io.zmqrpc.spi.ErrorRegistry;
import io.zmqrpc.spi.ValueTranslator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.zeromq.ZMQ;

/**
 * Everything a server or client can be configured with, immutable; made by {@link #builder()}.
 * Every value has a default, listed with its setter; a value out of range fails {@link Builder#build()}
 * with a message naming the option.
 */
public final class RpcOptions {

    /** The longest {@link Builder#spin(Duration) spin}: beyond it a socket thread would rather be busy than sleep. */
    public static final Duration MAX_SPIN = Duration.ofMillis(10);

    private final String name;
    private final List<String> bind;
    private final List<String> connect;
    private final Duration timeout;
    private final Duration handlerTimeout;
    private final ErrorRegistry errorRegistry;
    private final List<ValueTranslator<?>> translators;
    private final boolean logExceptions;
    private final boolean describe;
    private final Set<Class<? extends Throwable>> excludeLogExceptions;
    private final Executor executor;
    private final InvocationWrapper invocationWrapper;
    private final long maxMessageSize;
    private final int sendHighWaterMark;
    private final int receiveHighWaterMark;
    private final int maxInFlight;
    private final DecodeLimits decodeLimits;
    private final Duration shutdownGrace;
    private final Duration linger;
    private final Duration spin;
    private final Duration heartbeatInterval;
    private final Duration heartbeatTimeout;
    private final Duration heartbeatTtl;
    private final List<byte[]> subscriptions;
    private final Consumer<ZMQ.Socket> socketOptions;
    private final CurveSettings curve;

    private RpcOptions(Builder b, CurveSettings curve) {
        this.name = b.name;
        this.bind = List.copyOf(b.bind);
        this.connect = List.copyOf(b.connect);
        this.timeout = b.timeout;
        this.handlerTimeout = b.handlerTimeout;
        this.errorRegistry = b.errorRegistry != null ? b.errorRegistry : DefaultErrorRegistry.defaults();
        this.translators = List.copyOf(b.translators);
        this.logExceptions = b.logExceptions;
        this.describe = b.describe;
        this.excludeLogExceptions = Set.copyOf(b.excludeLogExceptions);
        this.executor = b.executor;
        this.invocationWrapper = b.invocationWrapper;
        this.maxMessageSize = b.maxMessageSize;
        this.sendHighWaterMark = b.sendHighWaterMark;
        this.receiveHighWaterMark = b.receiveHighWaterMark;
        this.maxInFlight = b.maxInFlight;
        this.decodeLimits = b.decodeLimits;
        this.shutdownGrace = b.shutdownGrace;
        this.linger = b.linger;
        this.spin = b.spin;
        this.heartbeatInterval = b.heartbeatInterval;
        this.heartbeatTimeout = b.heartbeatTimeout;
        this.heartbeatTtl = b.heartbeatTtl;
        this.subscriptions = b.subscriptions.stream().map(byte[]::clone).toList();
        this.socketOptions = b.socketOptions;
        this.curve = curve;
    }

    /**
     * A new builder with every option at its default.
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
    public static RpcOptions bind(String... endpoints) {
        return builder().bind(endpoints).build();
    }

    /**
     * Options that connect to the given endpoints, all else default.
     *
     * @param endpoints for example {@code tcp://127.0.0.1:5555}
     * @return the options
     */
    public static RpcOptions connect(String... endpoints) {
        return builder().connect(endpoints).build();
    }

    /**
     * A builder holding these options, to change some of them.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.bind.addAll(bind);
        b.connect.addAll(connect);
        b.timeout = timeout;
        b.handlerTimeout = handlerTimeout;
        b.errorRegistry = errorRegistry;
        b.translators.addAll(translators);
        b.logExceptions = logExceptions;
        b.describe = describe;
        b.excludeLogExceptions.addAll(excludeLogExceptions);
        b.executor = executor;
        b.invocationWrapper = invocationWrapper;
        b.maxMessageSize = maxMessageSize;
        b.sendHighWaterMark = sendHighWaterMark;
        b.receiveHighWaterMark = receiveHighWaterMark;
        b.maxInFlight = maxInFlight;
        b.decodeLimits = decodeLimits;
        b.shutdownGrace = shutdownGrace;
        b.linger = linger;
        b.spin = spin;
        b.heartbeatInterval = heartbeatInterval;
        b.heartbeatTimeout = heartbeatTimeout;
        b.heartbeatTtl = heartbeatTtl;
        b.subscriptions.addAll(subscriptions);
        b.socketOptions = socketOptions;
        if (curve != null) {
            b.curve = curve;
            b.curveAllowed.addAll(curve.allowedClients());
        }
        return b;
    }

    /** @return the name used for threads and logs */
    public String name() {
        return name;
    }

    /** @return the endpoints to bind */
    public List<String> bindEndpoints() {
        return bind;
    }

    /** @return the endpoints to connect to */
    public List<String> connectEndpoints() {
        return connect;
    }

    /** @return the client's call timeout */
    public Duration timeout() {
        return timeout;
    }

    /** @return the server's handler timeout, or null for none */
    public Duration handlerTimeout() {
        return handlerTimeout;
    }

    /** @return the error registry */
    public ErrorRegistry errorRegistry() {
        return errorRegistry;
    }

    /** @return the user value translators */
    public List<ValueTranslator<?>> translators() {
        return translators;
    }

    /** @return whether servers log handler exceptions */
    public boolean logExceptions() {
        return logExceptions;
    }

    /** @return whether a server answers the reserved {@code _zmqrpc.describe} */
    public boolean describe() {
        return describe;
    }

    /** @return exception types never logged */
    public Set<Class<? extends Throwable>> excludeLogExceptions() {
        return excludeLogExceptions;
    }

    /** @return the executor for handlers and async completions, or null for one of zmqrpc's own */
    public Executor executor() {
        return executor;
    }

    /** @return the wrapper around each handler invocation */
    public InvocationWrapper invocationWrapper() {
        return invocationWrapper;
    }

    /** @return the largest message accepted on a socket, in bytes */
    public long maxMessageSize() {
        return maxMessageSize;
    }

    /** @return the send high-water mark */
    public int sendHighWaterMark() {
        return sendHighWaterMark;
    }

    /** @return the receive high-water mark */
    public int receiveHighWaterMark() {
        return receiveHighWaterMark;
    }

    /** @return the most calls a server runs at once before it stops reading */
    public int maxInFlight() {
        return maxInFlight;
    }

    /** @return the decoding limits */
    public DecodeLimits decodeLimits() {
        return decodeLimits;
    }

    /** @return how long a closing server lets calls in flight finish */
    public Duration shutdownGrace() {
        return shutdownGrace;
    }

    /** @return how long a closing socket may still send queued messages */
    public Duration linger() {
        return linger;
    }

    /** @return how long the socket thread looks for work before it sleeps; zero for not at all */
    public Duration spin() {
        return spin;
    }

    /** @return the ZMTP heartbeat interval, or null for none */
    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    /** @return the ZMTP heartbeat timeout, or null for the interval */
    public Duration heartbeatTimeout() {
        return heartbeatTimeout;
    }

    /** @return the ZMTP heartbeat TTL announced to the peer, or null */
    public Duration heartbeatTtl() {
        return heartbeatTtl;
    }

    /** @return the topics a pub/sub server subscribes to */
    public List<byte[]> subscriptions() {
        return subscriptions.stream().map(byte[]::clone).toList();
    }

    /** @return extra socket options applied last */
    public Consumer<ZMQ.Socket> socketOptions() {
        return socketOptions;
    }

    /** @return the CURVE role, or null for plaintext */
    public CurveSettings curve() {
        return curve;
    }

    /** Builds {@link RpcOptions}. Not thread-safe. */
    public static final class Builder {
        private String name = "zmqrpc";
        private final List<String> bind = new ArrayList<>();
        private final List<String> connect = new ArrayList<>();
        private Duration timeout = Duration.ofSeconds(30);
        private Duration handlerTimeout;
        private ErrorRegistry errorRegistry;
        private final List<ValueTranslator<?>> translators = new ArrayList<>();
        private boolean logExceptions;
        private boolean describe;
        private final Set<Class<? extends Throwable>> excludeLogExceptions = new java.util.LinkedHashSet<>();
        private Executor executor;
        private InvocationWrapper invocationWrapper = InvocationWrapper.DIRECT;
        private long maxMessageSize = 16L << 20;
        private int sendHighWaterMark = 1000;
        private int receiveHighWaterMark = 1000;
        private int maxInFlight = 1000;
        private DecodeLimits decodeLimits = DecodeLimits.DEFAULT;
        private Duration shutdownGrace = Duration.ofSeconds(5);
        private Duration linger = Duration.ofSeconds(1);
        private Duration spin = Duration.ZERO;
        private Duration heartbeatInterval;
        private Duration heartbeatTimeout;
        private Duration heartbeatTtl;
        private final List<byte[]> subscriptions = new ArrayList<>();
        private Consumer<ZMQ.Socket> socketOptions = socket -> { };
        private CurveSettings curve;
        private final Set<String> curveAllowed = new java.util.LinkedHashSet<>();

        private Builder() {
        }

        /**
         * A name for threads and logs. Default {@code zmqrpc}.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Adds endpoints to bind ({@code tcp://127.0.0.1:*} picks a free port). None by default.
         *
         * @param endpoints the endpoints
         * @return this builder
         */
        public Builder bind(String... endpoints) {
            bind.addAll(Arrays.asList(endpoints));
            return this;
        }

        /**
         * Adds endpoints to connect to; a client spreads requests across them. None by default.
         *
         * @param endpoints the endpoints
         * @return this builder
         */
        public Builder connect(String... endpoints) {
            connect.addAll(Arrays.asList(endpoints));
            return this;
        }

        /**
         * The client's call timeout. Default 30 s.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * The server's handler timeout: past it the caller gets {@code asyncio.exceptions.TimeoutError}
         * and a returned stage is cancelled. None by default.
         *
         * @param timeout positive, or null for none
         * @return this builder
         */
        public Builder handlerTimeout(Duration timeout) {
            this.handlerTimeout = timeout;
            return this;
        }

        /**
         * The error registry. Default: the built-in mappings only ({@code DefaultErrorRegistry.defaults()});
         * for {@code META-INF/services} providers pass
         * {@code DefaultErrorRegistry.builder().addServiceLoaderProviders(loader).build()}.
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder errorRegistry(ErrorRegistry registry) {
            this.errorRegistry = registry;
            return this;
        }

        /**
         * Adds value translators (ext codes 0..127): both peers must register the same code for the
         * same type. A code outside 0..127 or claimed twice fails {@link #build()}; a code in
         * 123..127 replaces aiozmq's datetime default for that code. None by default.
         *
         * @param translators the translators
         * @return this builder
         */
        public Builder translators(ValueTranslator<?>... translators) {
            this.translators.addAll(Arrays.asList(translators));
            return this;
        }

        /**
         * Adds value translators.
         *
         * @param translators the translators
         * @return this builder
         */
        public Builder translators(java.util.Collection<? extends ValueTranslator<?>> translators) {
            this.translators.addAll(translators);
            return this;
        }

        /**
         * Adds the value translators that {@link java.util.ServiceLoader} finds for
         * {@link ValueTranslator} through a class loader ({@code META-INF/services/io.zmqrpc.spi.ValueTranslator}).
         * Nothing is loaded unless this is called: a translator changes what goes on the wire, so an
         * application opts in. The providers are instantiated here, once.
         *
         * @param loader the class loader to search, for example the application's
         * @return this builder
         * @throws java.util.ServiceConfigurationError when a listed provider cannot be instantiated
         */
        @SuppressWarnings("rawtypes")
        public Builder loadTranslators(ClassLoader loader) {
            for (ValueTranslator<?> t : java.util.ServiceLoader.load(ValueTranslator.class, loader)) {
                this.translators.add(t);
            }
            return this;
        }

        /**
         * Whether a server logs exceptions its handlers throw. Default off.
         *
         * @param on true to log
         * @return this builder
         */
        public Builder logExceptions(boolean on) {
            this.logExceptions = on;
            return this;
        }

        /**
         * Whether a server answers the reserved {@code _zmqrpc.describe} with its remote methods,
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
         * Exception types (with subclasses) never logged. None by default.
         *
         * @param types the types
         * @return this builder
         */
        @SafeVarargs
        public final Builder excludeLogExceptions(Class<? extends Throwable>... types) {
            excludeLogExceptions.addAll(Arrays.asList(types));
            return this;
        }

        /**
         * The executor that runs handlers (and completes async client calls). Default: a pool of
         * zmqrpc's own per server, shut down with it; for clients a shared pool of daemon threads that grows when busy and shrinks when idle (never the common fork-join pool, which one blocking callback could stall).
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /**
         * Wraps each handler invocation (the CDI extension activates a request context with it).
         *
         * @param wrapper the wrapper
         * @return this builder
         */
        public Builder invocationWrapper(InvocationWrapper wrapper) {
            this.invocationWrapper = Objects.requireNonNull(wrapper, "invocationWrapper");
            return this;
        }

        /**
         * The largest message a socket accepts; a peer sending more is disconnected by ZeroMQ.
         * Default 16 MiB.
         *
         * @param bytes positive
         * @return this builder
         */
        public Builder maxMessageSize(long bytes) {
            this.maxMessageSize = bytes;
            return this;
        }

        /**
         * Send and receive high-water marks (messages queued per peer). Default 1000 each.
         *
         * @param send positive
         * @param receive positive
         * @return this builder
         */
        public Builder highWaterMarks(int send, int receive) {
            this.sendHighWaterMark = send;
            this.receiveHighWaterMark = receive;
            return this;
        }

        /**
         * The most calls a server runs at once; beyond it the server stops reading until some
         * finish, so that ZeroMQ's high-water marks push back on clients. Default 1000.
         *
         * @param calls positive
         * @return this builder
         */
        public Builder maxInFlight(int calls) {
            this.maxInFlight = calls;
            return this;
        }

        /**
         * Decoding limits for what peers send. Default 64 levels, 1,000,000 elements per container.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder decodeLimits(DecodeLimits limits) {
            this.decodeLimits = Objects.requireNonNull(limits, "decodeLimits");
            return this;
        }

        /**
         * How long a closing server lets calls in flight finish before answering them with an
         * error. Default 5 s.
         *
         * @param grace zero or positive
         * @return this builder
         */
        public Builder shutdownGrace(Duration grace) {
            this.shutdownGrace = grace;
            return this;
        }

        /**
         * How long a closing socket may still send queued messages. Default 1 s.
         *
         * @param linger zero or positive
         * @return this builder
         */
        public Builder linger(Duration linger) {
            this.linger = linger;
            return this;
        }

        /**
         * How long the socket thread keeps looking for work, giving its core away between looks
         * ({@code Thread.yield()}), before it goes to sleep. Zero, the default, sleeps at once.
         *
         * <p>A sleeping socket thread is woken by the kernel when a message or a call arrives,
         * which costs a context switch and its latency at each of a call's hand-offs; a thread
         * that is still looking picks the work up at once. The price is CPU: after each burst of
         * work the thread stays busy for up to this long. Measured on a 2-core machine
         * ({@code docs/performance.md}), 100 µs on both sides raised sequential calls from about
         * 5,800 to about 8,600 a second when client and server had the JVM to themselves, gained
         * nothing beside other busy threads, and cut the rate with 64 calls in flight by up to
         * five times in one run. Turn it on for latency-bound request/reply on a machine with
         * cores to spare, and measure there.
         *
         * @param spin zero or positive, at most 10 ms
         * @return this builder
         */
        public Builder spin(Duration spin) {
            this.spin = spin;
            return this;
        }

        /**
         * ZMTP heartbeats: a ping every {@code interval}; a peer silent for {@code timeout} is
         * disconnected; {@code ttl} tells the peer how long to wait for us. Off by default.
         *
         * @param interval positive
         * @param timeout positive, or null for the interval
         * @param ttl positive, or null for none
         * @return this builder
         */
        public Builder heartbeat(Duration interval, Duration timeout, Duration ttl) {
            this.heartbeatInterval = interval;
            this.heartbeatTimeout = timeout;
            this.heartbeatTtl = ttl;
            return this;
        }

        /**
         * Adds topics a pub/sub server subscribes to (byte prefixes; empty means everything).
         *
         * @param topics text topics, sent as UTF-8
         * @return this builder
         */
        public Builder subscribe(String... topics) {
            for (String t : topics) {
                subscriptions.add(t.getBytes(StandardCharsets.UTF_8));
            }
            return this;
        }

        /**
         * Adds a raw bytes topic.
         *
         * @param topic the topic bytes
         * @return this builder
         */
        public Builder subscribe(byte[] topic) {
            subscriptions.add(topic.clone());
            return this;
        }

        /**
         * Extra JeroMQ socket options, applied after zmqrpc's own and before bind/connect.
         *
         * @param options the option setter
         * @return this builder
         */
        public Builder socketOptions(Consumer<ZMQ.Socket> options) {
            this.socketOptions = Objects.requireNonNull(options, "socketOptions");
            return this;
        }

        /**
         * Makes a server a CURVE server: every connection is encrypted, and only clients that know
         * the server's public key (and, with {@link #curveAllow}, whose own public key is listed)
         * complete the handshake. Off by default (plaintext).
         *
         * @param secretKey the server's secret key, 40 characters of Z85 ({@link CurveKeys#generate()})
         * @return this builder
         */
        public Builder curveServer(String secretKey) {
            this.curve = CurveSettings.server(secretKey, Set.of());
            return this;
        }

        /**
         * Makes a server a CURVE server with the secret key read from a key file
         * ({@link CurveKeys#read(Path)}: ZeroMQ certificate format).
         *
         * @param secretKeyFile the file
         * @return this builder
         */
        public Builder curveServer(Path secretKeyFile) {
            return curveServer(require(CurveKeys.read(secretKeyFile).secretKey(), "secret", secretKeyFile));
        }

        /**
         * Makes a client a CURVE client. Off by default (plaintext).
         *
         * @param publicKey the client's public key (Z85)
         * @param secretKey the client's secret key (Z85)
         * @param serverPublicKey the server's public key (Z85)
         * @return this builder
         */
        public Builder curveClient(String publicKey, String secretKey, String serverPublicKey) {
            this.curve = CurveSettings.client(publicKey, secretKey, serverPublicKey);
            return this;
        }

        /**
         * Makes a client a CURVE client with keys read from key files.
         *
         * @param clientKeyFile the client's key file (public and secret key)
         * @param serverPublicKeyFile a key file holding the server's public key
         * @return this builder
         */
        public Builder curveClient(Path clientKeyFile, Path serverPublicKeyFile) {
            CurveKeys.KeyPair client = CurveKeys.read(clientKeyFile);
            return curveClient(require(client.publicKey(), "public", clientKeyFile),
                    require(client.secretKey(), "secret", clientKeyFile),
                    require(CurveKeys.read(serverPublicKeyFile).publicKey(), "public", serverPublicKeyFile));
        }

        /**
         * Adds client public keys a CURVE server admits; with none, any client knowing the server's
         * public key is admitted. Refused clients get no answer and the server logs them.
         *
         * @param clientPublicKeys Z85 public keys
         * @return this builder
         */
        public Builder curveAllow(java.util.Collection<String> clientPublicKeys) {
            curveAllowed.addAll(clientPublicKeys);
            return this;
        }

        /**
         * Adds client public keys a CURVE server admits.
         *
         * @param clientPublicKeys Z85 public keys
         * @return this builder
         */
        public Builder curveAllow(String... clientPublicKeys) {
            return curveAllow(Arrays.asList(clientPublicKeys));
        }

        private static String require(String key, String kind, Path file) {
            if (key == null) {
                throw new IllegalArgumentException("CURVE key file " + file + " holds no " + kind + " key");
            }
            return key;
        }

        /**
         * Validates and builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first option out of range
         */
        public RpcOptions build() {
            positive("timeout", timeout);
            if (handlerTimeout != null) {
                positive("handlerTimeout", handlerTimeout);
            }
            notNegative("shutdownGrace", shutdownGrace);
            notNegative("linger", linger);
            notNegative("spin", spin);
            if (spin.compareTo(MAX_SPIN) > 0) {
                throw new IllegalArgumentException("spin must be at most " + MAX_SPIN.toMillis() + " ms, got " + spin);
            }
            if (maxMessageSize <= 0) {
                throw new IllegalArgumentException("maxMessageSize must be positive, got " + maxMessageSize);
            }
            if (sendHighWaterMark <= 0 || receiveHighWaterMark <= 0) {
                throw new IllegalArgumentException("high-water marks must be positive, got send "
                        + sendHighWaterMark + ", receive " + receiveHighWaterMark);
            }
            if (maxInFlight <= 0) {
                throw new IllegalArgumentException("maxInFlight must be positive, got " + maxInFlight);
            }
            if (heartbeatInterval != null) {
                positive("heartbeat interval", heartbeatInterval);
            }
            // codes 0..127, one translator per code: refused here rather than when a socket opens
            new ExtTypes(translators);
            for (String e : bind) {
                endpoint("bind", e);
            }
            for (String e : connect) {
                endpoint("connect", e);
            }
            CurveSettings curveRole = curve;
            if (!curveAllowed.isEmpty()) {
                if (curve == null || !curve.server()) {
                    throw new IllegalArgumentException("curveAllow needs curveServer");
                }
                curveRole = curve.allow(curveAllowed);
            }
            return new RpcOptions(this, curveRole);
        }

        private static void positive(String option, Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(option + " must be a positive duration, got " + d);
            }
        }

        private static void notNegative(String option, Duration d) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException(option + " must not be negative, got " + d);
            }
        }

        private static void endpoint(String kind, String endpoint) {
            if (endpoint == null || !endpoint.matches("^(tcp|ipc|inproc|pgm|epgm|tipc)://.+")) {
                throw new IllegalArgumentException(kind + " endpoint must look like tcp://host:port, got '"
                        + endpoint + "'");
            }
        }
    }
}
