package io.zmqrpc.runtime.transport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.zeromq.ZMQ;

/**
 * Everything about one socket that is not about calls: where it binds and connects, its
 * high-water marks, message size limit, linger, ZMTP heartbeats, CURVE role, how its thread idles,
 * and the user's own raw socket options. Immutable; servers and clients of every pattern carry
 * one, and {@link SocketLoop} applies it before the socket binds or connects.
 *
 * <p>A new socket option is a field, a getter and a setter here, one line in
 * {@link #applyTo(ZMQ.Socket)}, and a delegating setter on the options builders.
 */
public final class SocketSettings {

    /** The longest {@link Builder#spin(Duration) spin}: beyond it a socket thread would rather be busy than sleep. */
    public static final Duration MAX_SPIN = Duration.ofMillis(10);

    /**
     * How long a ZMTP handshake may take before the connection is dropped and made again. JeroMQ's
     * default is 30 s; but now and then (a few connections in a hundred when each starts in a fresh
     * context, against pyzmq as against JeroMQ) a JeroMQ connection completes at TCP level and then
     * never finishes its handshake, and with the default every message queued for it waits 30 s, so
     * the calls time out. Redone after 2 s, the new connection handshakes and the queued messages
     * leave. A healthy handshake takes well under a millisecond on a LAN, tens of milliseconds
     * across continents, CURVE included. Connecting sockets now recover such a stall within their
     * {@link Builder#handshakeRecovery(Duration) handshake-recovery time} ({@link HandshakeRecovery});
     * this interval remains the backstop, for recovery turned off and for a nudge that failed.
     */
    static final int HANDSHAKE_MILLIS = 2_000;

    /** Settings with no endpoint and every option at its default (for sockets made in-process). */
    public static final SocketSettings DEFAULT = builder().build();

    private final List<String> bind;
    private final List<String> connect;
    private final int sendHighWaterMark;
    private final int receiveHighWaterMark;
    private final long maxMessageSize;
    private final Duration linger;
    private final Duration spin;
    private final Duration handshakeRecovery;
    private final boolean uninterruptedCallers;
    private final ZmtpHeartbeat heartbeat;
    private final CurveSettings curve;
    private final Consumer<ZMQ.Socket> custom;

    private SocketSettings(Builder b) {
        this.bind = List.copyOf(b.bind);
        this.connect = List.copyOf(b.connect);
        this.sendHighWaterMark = b.sendHighWaterMark;
        this.receiveHighWaterMark = b.receiveHighWaterMark;
        this.maxMessageSize = b.maxMessageSize;
        this.linger = b.linger;
        this.spin = b.spin;
        this.handshakeRecovery = b.handshakeRecovery;
        this.uninterruptedCallers = b.uninterruptedCallers;
        this.heartbeat = b.heartbeat;
        this.curve = b.curve;
        this.custom = b.custom;
    }

    /**
     * A builder with every setting at its default.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these settings, to change some of them.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bind.addAll(bind);
        b.connect.addAll(connect);
        b.sendHighWaterMark = sendHighWaterMark;
        b.receiveHighWaterMark = receiveHighWaterMark;
        b.maxMessageSize = maxMessageSize;
        b.linger = linger;
        b.spin = spin;
        b.handshakeRecovery = handshakeRecovery;
        b.uninterruptedCallers = uninterruptedCallers;
        b.heartbeat = heartbeat;
        b.curve = curve;
        b.custom = custom;
        return b;
    }

    /** @return the endpoints to bind */
    public List<String> bindEndpoints() {
        return bind;
    }

    /** @return the endpoints to connect to */
    public List<String> connectEndpoints() {
        return connect;
    }

    /** @return the send high-water mark, in messages */
    public int sendHighWaterMark() {
        return sendHighWaterMark;
    }

    /** @return the receive high-water mark, in messages */
    public int receiveHighWaterMark() {
        return receiveHighWaterMark;
    }

    /** @return the largest message accepted, in bytes */
    public long maxMessageSize() {
        return maxMessageSize;
    }

    /** @return how long a closing socket may still send queued messages */
    public Duration linger() {
        return linger;
    }

    /** @return how long the socket thread looks for work before it sleeps; zero for not at all */
    public Duration spin() {
        return spin;
    }

    /** @return how long a connection may wait for its ZMTP handshake before a stall is recovered; zero for never */
    public Duration handshakeRecovery() {
        return handshakeRecovery;
    }

    /** @return whether threads other than zmqrpc's own may use the socket themselves */
    public boolean uninterruptedCallers() {
        return uninterruptedCallers;
    }

    /** @return the ZMTP heartbeat, or null for none */
    public ZmtpHeartbeat heartbeat() {
        return heartbeat;
    }

    /** @return the CURVE role, or null for plaintext */
    public CurveSettings curve() {
        return curve;
    }

    /**
     * Sets the socket options, on the socket's own thread, before it binds or connects: zmqrpc's
     * own first, the user's raw options last, so that they win.
     */
    void applyTo(ZMQ.Socket socket) {
        socket.setHandshakeIvl(HANDSHAKE_MILLIS);
        socket.setMaxMsgSize(maxMessageSize);
        socket.setSndHWM(sendHighWaterMark);
        socket.setRcvHWM(receiveHighWaterMark);
        if (heartbeat != null) {
            heartbeat.applyTo(socket);
        }
        if (curve != null) {
            curve.apply(socket);
        }
        custom.accept(socket);
    }

    /** Builds {@link SocketSettings}; each setter checks its value. Not thread-safe. */
    public static final class Builder {
        private final List<String> bind = new ArrayList<>();
        private final List<String> connect = new ArrayList<>();
        private int sendHighWaterMark = 1000;
        private int receiveHighWaterMark = 1000;
        private long maxMessageSize = 16L << 20;
        private Duration linger = Duration.ofSeconds(1);
        private Duration spin = Duration.ZERO;
        private Duration handshakeRecovery = Duration.ofMillis(100);
        private boolean uninterruptedCallers;
        private ZmtpHeartbeat heartbeat;
        private CurveSettings curve;
        private Consumer<ZMQ.Socket> custom = socket -> { };

        private Builder() {
        }

        /**
         * Adds endpoints to bind.
         *
         * @param endpoints such as {@code tcp://127.0.0.1:5555}, or {@code tcp://127.0.0.1:*} for a free port
         * @return this builder
         * @throws IllegalArgumentException for an endpoint that names no ZeroMQ transport
         */
        public Builder bind(Collection<String> endpoints) {
            endpoints.forEach(e -> bind.add(endpoint("bind", e)));
            return this;
        }

        /**
         * Adds endpoints to connect to.
         *
         * @param endpoints such as {@code tcp://127.0.0.1:5555}
         * @return this builder
         * @throws IllegalArgumentException for an endpoint that names no ZeroMQ transport
         */
        public Builder connect(Collection<String> endpoints) {
            endpoints.forEach(e -> connect.add(endpoint("connect", e)));
            return this;
        }

        /**
         * The ZeroMQ high-water marks. Default 1,000 each.
         *
         * @param send positive
         * @param receive positive
         * @return this builder
         */
        public Builder highWaterMarks(int send, int receive) {
            if (send <= 0 || receive <= 0) {
                throw new IllegalArgumentException("high-water marks must be positive, got send " + send
                        + ", receive " + receive);
            }
            this.sendHighWaterMark = send;
            this.receiveHighWaterMark = receive;
            return this;
        }

        /**
         * The largest message the socket accepts; a peer that sends a larger one is disconnected
         * by ZeroMQ. Default 16 MiB.
         *
         * @param bytes positive
         * @return this builder
         */
        public Builder maxMessageSize(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxMessageSize must be positive, got " + bytes);
            }
            this.maxMessageSize = bytes;
            return this;
        }

        /**
         * How long a closing socket may still send what is queued. Default 1 s.
         *
         * @param linger zero or positive
         * @return this builder
         */
        public Builder linger(Duration linger) {
            this.linger = notNegative("linger", linger);
            return this;
        }

        /**
         * How long the socket thread keeps looking for work, giving its core away between looks,
         * before it sleeps. Zero, the default, sleeps at once. Spinning saves the wake-up of a
         * sleeping thread at each hand-off, at the price of CPU after every burst of work; see
         * {@code docs/performance.md} for when it pays.
         *
         * @param spin zero or positive, at most {@link #MAX_SPIN}
         * @return this builder
         */
        public Builder spin(Duration spin) {
            notNegative("spin", spin);
            if (spin.compareTo(MAX_SPIN) > 0) {
                throw new IllegalArgumentException("spin must be at most " + MAX_SPIN.toMillis() + " ms, got " + spin);
            }
            this.spin = spin;
            return this;
        }

        /**
         * How long a connection this socket makes may wait for its ZMTP handshake before zmqrpc
         * checks it for a stall and recovers it. Default 100 ms; zero turns recovery off.
         *
         * <p>JeroMQ 0.6 now and then loses a fresh connection's registration with its I/O thread
         * (a few connections in a hundred, more under CPU load): the connection is made at TCP
         * level, never sends its greeting, and its queued calls would wait for the handshake
         * interval (2 s) to redo it. A connection still without its handshake after this time
         * whose channel is unregistered is stalled, and zmqrpc makes the I/O thread register it;
         * the queued calls then leave, none lost and none sent twice. A handshake that is merely
         * slow (a distant peer, CURVE) is never touched, so a short time is safe. Only connecting
         * sockets are watched; see {@code docs/reliability.md}.
         *
         * @param recovery zero or positive
         * @return this builder
         */
        public Builder handshakeRecovery(Duration recovery) {
            this.handshakeRecovery = notNegative("handshakeRecovery", recovery);
            return this;
        }

        /**
         * ZMTP heartbeats; off by default.
         *
         * @param heartbeat the heartbeat, or null for none
         * @return this builder
         */
        public Builder heartbeat(ZmtpHeartbeat heartbeat) {
            this.heartbeat = heartbeat;
            return this;
        }

        /**
         * The socket's CURVE role; plaintext by default.
         *
         * @param curve the role, or null for plaintext
         * @return this builder
         */
        public Builder curve(CurveSettings curve) {
            this.curve = curve;
            return this;
        }

        /**
         * Raw JeroMQ options, applied after zmqrpc's own.
         *
         * @param options what to set on the socket
         * @return this builder
         */
        public Builder socketOptions(Consumer<ZMQ.Socket> options) {
            this.custom = Objects.requireNonNull(options, "socketOptions");
            return this;
        }

        /**
         * Whether the application's threads that use the socket (callers sending their requests,
         * a blocking caller reading its reply) are never interrupted by another thread while they
         * do; they then use the socket themselves instead of handing each message to the socket's
         * thread, a thread hand-off less each way (see {@link OwnedThreads} for why that needs the
         * promise). Default false.
         *
         * @param never true when no thread ever interrupts a caller while it calls
         * @return this builder
         */
        public Builder uninterruptedCallers(boolean never) {
            this.uninterruptedCallers = never;
            return this;
        }

        /**
         * The settings.
         *
         * @return the immutable settings
         */
        public SocketSettings build() {
            return new SocketSettings(this);
        }

        private static String endpoint(String kind, String endpoint) {
            if (endpoint == null || !endpoint.matches("^(tcp|ipc|inproc|pgm|epgm|tipc)://.+")) {
                throw new IllegalArgumentException(kind + " endpoint must look like tcp://host:port, got '"
                        + endpoint + "'");
            }
            return endpoint;
        }
    }

    private static Duration notNegative(String option, Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(option + " must not be negative, got " + d);
        }
        return d;
    }
}
