package io.zmqrpc.runtime;

import io.zmqrpc.observe.CallListener;
import io.zmqrpc.runtime.errors.DefaultErrorRegistry;
import io.zmqrpc.runtime.security.CurveKeys;
import io.zmqrpc.runtime.transport.CurveSettings;
import io.zmqrpc.runtime.transport.SocketSettings;
import io.zmqrpc.runtime.transport.ZmtpHeartbeat;
import io.zmqrpc.runtime.wire.DecodeLimits;
import io.zmqrpc.runtime.wire.ExtTypes;
import io.zmqrpc.runtime.wire.ValueCodec;
import io.zmqrpc.spi.ErrorRegistry;
import io.zmqrpc.spi.ValueTranslator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import org.zeromq.ZMQ;

/**
 * What servers and clients are both configured with: a name, their {@link SocketSettings}, the
 * error registry, and the values they can encode and decode. {@link ServerOptions} and
 * {@link ClientOptions} add what belongs to their role.
 */
public abstract class EndpointOptions {

    private final String name;
    private final SocketSettings socket;
    private final ErrorRegistry errorRegistry;
    private final List<ValueTranslator<?>> translators;
    private final DecodeLimits decodeLimits;
    private final ValueCodec codec;
    private final List<CallListener> listeners;

    EndpointOptions(Builder<?, ?> b) {
        this.name = b.name;
        this.socket = b.socketSettings();
        this.errorRegistry = b.errorRegistry != null ? b.errorRegistry : DefaultErrorRegistry.defaults();
        this.translators = List.copyOf(b.translators);
        this.decodeLimits = b.decodeLimits;
        // Built here, once: a bad translation table fails build(), and every socket of these
        // options shares the codec.
        this.codec = new ValueCodec(new ExtTypes(translators), decodeLimits);
        this.listeners = List.copyOf(b.listeners);
    }

    /** @return the call listeners, in the order they were added; empty for none */
    public List<CallListener> listeners() {
        return listeners;
    }

    /** @return the name used for threads and logs */
    public String name() {
        return name;
    }

    /** @return the socket's endpoints and options */
    public SocketSettings socket() {
        return socket;
    }

    /** @return the error registry */
    public ErrorRegistry errorRegistry() {
        return errorRegistry;
    }

    /** @return the user value translators */
    public List<ValueTranslator<?>> translators() {
        return translators;
    }

    /** @return the decoding limits */
    public DecodeLimits decodeLimits() {
        return decodeLimits;
    }

    /** @return the codec for these translators and limits */
    public ValueCodec codec() {
        return codec;
    }

    /**
     * The options shared by both builders; every setter checks its value and names the option
     * when it refuses one.
     *
     * @param <B> the concrete builder
     * @param <O> what it builds
     */
    public abstract static class Builder<B extends Builder<B, O>, O extends EndpointOptions> {
        private String name = "zmqrpc";
        private final SocketSettings.Builder socket;
        private ErrorRegistry errorRegistry;
        private final List<ValueTranslator<?>> translators = new ArrayList<>();
        private DecodeLimits decodeLimits = DecodeLimits.DEFAULT;
        private CurveSettings curve;
        private final Set<String> curveAllowed = new LinkedHashSet<>();
        private final List<CallListener> listeners = new ArrayList<>();

        Builder() {
            this.socket = SocketSettings.builder();
        }

        /** @return the socket settings being built, for a subclass's own socket options */
        SocketSettings.Builder socket() {
            return socket;
        }

        Builder(EndpointOptions from) {
            this.name = from.name;
            this.socket = from.socket.toBuilder();
            this.errorRegistry = from.errorRegistry;
            this.translators.addAll(from.translators);
            this.decodeLimits = from.decodeLimits;
            this.curve = from.socket.curve();
            this.listeners.addAll(from.listeners);
        }

        /**
         * Adds a listener that sees every call and every dropped message (see {@link CallListener}).
         *
         * @param listener the listener
         * @return this builder
         * @throws NullPointerException when it is null
         */
        public B listener(CallListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return self();
        }

        /**
         * Adds listeners, in order.
         *
         * @param all the listeners
         * @return this builder
         * @throws NullPointerException when one is null
         */
        public B listeners(Collection<? extends CallListener> all) {
            all.forEach(this::listener);
            return self();
        }

        abstract B self();

        /**
         * Builds the options.
         *
         * @return the immutable options
         * @throws IllegalArgumentException when options do not fit together (a translation table
         *     with two translators for one code, an allow-list without a CURVE server)
         */
        public abstract O build();

        /**
         * The name for threads and logs. Default {@code zmqrpc}.
         *
         * @param name the name
         * @return this builder
         */
        public B name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return self();
        }

        /**
         * Adds endpoints to bind.
         *
         * @param endpoints such as {@code tcp://127.0.0.1:*}
         * @return this builder
         */
        public B bind(String... endpoints) {
            socket.bind(Arrays.asList(endpoints));
            return self();
        }

        /**
         * Adds endpoints to connect to.
         *
         * @param endpoints such as {@code tcp://127.0.0.1:5555}
         * @return this builder
         */
        public B connect(String... endpoints) {
            socket.connect(Arrays.asList(endpoints));
            return self();
        }

        /**
         * The error registry: remote type names to exceptions and back. Default
         * {@link DefaultErrorRegistry#defaults()}.
         *
         * @param registry the registry
         * @return this builder
         */
        public B errorRegistry(ErrorRegistry registry) {
            this.errorRegistry = registry;
            return self();
        }

        /**
         * Adds value translators (ext codes 0..122, one translator per code).
         *
         * @param translators the translators
         * @return this builder
         */
        public B translators(ValueTranslator<?>... translators) {
            return translators(Arrays.asList(translators));
        }

        /**
         * Adds value translators.
         *
         * @param translators the translators
         * @return this builder
         */
        public B translators(Collection<? extends ValueTranslator<?>> translators) {
            this.translators.addAll(translators);
            return self();
        }

        /**
         * Adds every {@link ValueTranslator} that {@link ServiceLoader} finds through the loader.
         *
         * @param loader the class loader
         * @return this builder
         */
        @SuppressWarnings("rawtypes")
        public B loadTranslators(ClassLoader loader) {
            for (ValueTranslator<?> t : ServiceLoader.load(ValueTranslator.class, loader)) {
                this.translators.add(t);
            }
            return self();
        }

        /**
         * Limits on what the decoder accepts from a peer. Default {@link DecodeLimits#DEFAULT}.
         *
         * @param limits the limits
         * @return this builder
         */
        public B decodeLimits(DecodeLimits limits) {
            this.decodeLimits = Objects.requireNonNull(limits, "decodeLimits");
            return self();
        }

        /**
         * See {@link SocketSettings.Builder#highWaterMarks}.
         *
         * @param send positive
         * @param receive positive
         * @return this builder
         */
        public B highWaterMarks(int send, int receive) {
            socket.highWaterMarks(send, receive);
            return self();
        }

        /**
         * See {@link SocketSettings.Builder#maxMessageSize}.
         *
         * @param bytes positive
         * @return this builder
         */
        public B maxMessageSize(long bytes) {
            socket.maxMessageSize(bytes);
            return self();
        }

        /**
         * See {@link SocketSettings.Builder#linger}.
         *
         * @param linger zero or positive
         * @return this builder
         */
        public B linger(Duration linger) {
            socket.linger(linger);
            return self();
        }

        /**
         * See {@link SocketSettings.Builder#spin}.
         *
         * @param spin zero to {@link SocketSettings#MAX_SPIN}
         * @return this builder
         */
        public B spin(Duration spin) {
            socket.spin(spin);
            return self();
        }

        /**
         * See {@link SocketSettings.Builder#handshakeRecovery}.
         *
         * @param recovery zero (off) or positive
         * @return this builder
         */
        public B handshakeRecovery(Duration recovery) {
            socket.handshakeRecovery(recovery);
            return self();
        }

        /**
         * ZMTP heartbeats: see {@link ZmtpHeartbeat}.
         *
         * @param interval how often to ping, or null for no heartbeats
         * @param timeout how long to wait for traffic after a ping, or null for the interval
         * @param ttl how long the peer may wait, or null
         * @return this builder
         */
        public B heartbeat(Duration interval, Duration timeout, Duration ttl) {
            socket.heartbeat(interval == null ? null : new ZmtpHeartbeat(interval, timeout, ttl));
            return self();
        }

        /**
         * Raw JeroMQ socket options, applied after zmqrpc's own.
         *
         * @param options what to set
         * @return this builder
         */
        public B socketOptions(Consumer<ZMQ.Socket> options) {
            socket.socketOptions(options);
            return self();
        }

        /**
         * Makes this a CURVE server: connections are encrypted and only clients that know the
         * server's public key (and, with {@link #curveAllow}, whose own public key is listed)
         * are admitted.
         *
         * @param secretKey the server's Z85 secret key
         * @return this builder
         */
        public B curveServer(String secretKey) {
            this.curve = CurveSettings.server(secretKey, Set.of());
            return self();
        }

        /**
         * A CURVE server whose secret key is read from a ZeroMQ certificate file.
         *
         * @param secretKeyFile the key file
         * @return this builder
         */
        public B curveServer(Path secretKeyFile) {
            this.curve = CurveKeys.serverRole(secretKeyFile);
            return self();
        }

        /**
         * Makes this a CURVE client.
         *
         * @param publicKey the client's public key (Z85)
         * @param secretKey the client's secret key (Z85)
         * @param serverPublicKey the server's public key (Z85)
         * @return this builder
         */
        public B curveClient(String publicKey, String secretKey, String serverPublicKey) {
            this.curve = CurveSettings.client(publicKey, secretKey, serverPublicKey);
            return self();
        }

        /**
         * A CURVE client whose keys are read from ZeroMQ certificate files.
         *
         * @param clientKeyFile the client's key file (public and secret key)
         * @param serverPublicKeyFile a key file holding the server's public key
         * @return this builder
         */
        public B curveClient(Path clientKeyFile, Path serverPublicKeyFile) {
            this.curve = CurveKeys.clientRole(clientKeyFile, serverPublicKeyFile);
            return self();
        }

        /**
         * Adds client public keys a CURVE server admits; with none, any client knowing the server's
         * public key is admitted. Refused clients get no answer and the server logs them.
         *
         * @param clientPublicKeys Z85 public keys
         * @return this builder
         */
        public B curveAllow(Collection<String> clientPublicKeys) {
            curveAllowed.addAll(clientPublicKeys);
            return self();
        }

        /**
         * Adds client public keys a CURVE server admits.
         *
         * @param clientPublicKeys Z85 public keys
         * @return this builder
         */
        public B curveAllow(String... clientPublicKeys) {
            return curveAllow(Arrays.asList(clientPublicKeys));
        }

        private SocketSettings socketSettings() {
            CurveSettings role = curve;
            if (!curveAllowed.isEmpty()) {
                if (curve == null || !curve.server()) {
                    throw new IllegalArgumentException("curveAllow needs curveServer");
                }
                Set<String> allowed = new LinkedHashSet<>(curve.allowedClients());
                allowed.addAll(curveAllowed);
                role = curve.allow(allowed);
            }
            return socket.curve(role).build();
        }
    }

    /**
     * Checks a duration that must be positive.
     *
     * @throws IllegalArgumentException naming the option
     */
    static Duration positive(String option, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(option + " must be a positive duration, got " + d);
        }
        return d;
    }
}
