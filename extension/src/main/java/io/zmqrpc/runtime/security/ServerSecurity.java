package io.zmqrpc.runtime.security;

import io.zmqrpc.runtime.support.RateLimitedLog;
import io.zmqrpc.runtime.transport.CurveSettings;
import io.zmqrpc.runtime.transport.SocketConfig;
import io.zmqrpc.runtime.transport.SocketLoop;
import io.zmqrpc.runtime.transport.SocketSettings;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * What a CURVE server runs beside its socket: its allow-list registered with the {@link ZapHandler},
 * and a socket monitor that logs failed handshakes (a client without CURVE, with the wrong server
 * key, or refused by the allow-list), at most one line a second. For a server without CURVE it does
 * nothing.
 */
public final class ServerSecurity implements AutoCloseable, SocketLoop.Listener {

    private static final System.Logger LOG = System.getLogger(ServerSecurity.class.getName());
    private static final ServerSecurity NONE = new ServerSecurity(null, null, null);
    private static final AtomicLong MONITORS = new AtomicLong();
    private static final int HANDSHAKE_FAILURES = zmq.ZMQ.ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL
            | zmq.ZMQ.ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL | zmq.ZMQ.ZMQ_EVENT_HANDSHAKE_FAILED_AUTH;
    /*
     * JeroMQ reports no handshake failure when the client speaks another mechanism (no CURVE): the
     * connection is accepted and dropped before the ZMTP greeting completes (HANDSHAKE_PROTOCOL).
     * Counting accepted connections not yet greeted tells such a drop from an ordinary disconnect.
     * Events before the monitor is read must not be asked for: JeroMQ's monitor sends block until
     * someone reads (so no LISTENING).
     */
    private static final int EVENTS = HANDSHAKE_FAILURES | zmq.ZMQ.ZMQ_EVENT_HANDSHAKE_PROTOCOL
            | zmq.ZMQ.ZMQ_EVENT_ACCEPTED | zmq.ZMQ.ZMQ_EVENT_DISCONNECTED;

    private final String name;
    private final String monitorEndpoint;
    private final AutoCloseable zap;
    private final RateLimitedLog refusals = new RateLimitedLog(LOG, 1000);
    private SocketLoop monitor;
    /** Accepted connections whose ZMTP greeting has not completed (monitor thread only). */
    private int greeting;

    private ServerSecurity(String name, String monitorEndpoint, AutoCloseable zap) {
        this.name = name;
        this.monitorEndpoint = monitorEndpoint;
        this.zap = zap;
    }

    /**
     * Prepares a server's security before its socket opens.
     *
     * @param curve the server's CURVE settings, or null
     * @param name the server's name, for the logs
     * @return the running security, or one that does nothing without a CURVE server role
     */
    public static ServerSecurity open(CurveSettings curve, String name) {
        if (curve == null || !curve.server()) {
            return NONE;
        }
        return new ServerSecurity(name, "inproc://zmqrpc-monitor-" + MONITORS.incrementAndGet(),
                ZapHandler.register(curve));
    }

    /**
     * Attaches the monitor; runs on the server's socket thread before bind.
     *
     * @param socket the server socket
     */
    public void monitor(ZMQ.Socket socket) {
        if (monitorEndpoint != null) {
            socket.monitor(monitorEndpoint, EVENTS);
        }
    }

    /** Starts reading the monitor, once the server socket is open. */
    public void started() {
        if (monitorEndpoint != null) {
            monitor = SocketLoop.start(new SocketConfig(name + "-monitor", SocketType.PAIR,
                    SocketSettings.builder().connect(List.of(monitorEndpoint)).build()), this);
        }
    }

    /** An event: int event, byte address length, address, byte flag, then an int value when flag is 1. */
    @Override
    public void onMessage(byte[][] frames) {
        java.nio.ByteBuffer event = java.nio.ByteBuffer.wrap(frames[0]);
        int type = event.getInt();
        byte[] address = new byte[event.get() & 0xff];
        event.get(address);
        int flag = event.hasRemaining() ? event.get() : 0;
        String detail = flag == 1 && event.remaining() >= 4 ? Integer.toHexString(event.getInt()) : "";
        if (type == zmq.ZMQ.ZMQ_EVENT_ACCEPTED) {
            greeting++;
            return;
        }
        if (type == zmq.ZMQ.ZMQ_EVENT_HANDSHAKE_PROTOCOL || type == zmq.ZMQ.ZMQ_EVENT_DISCONNECTED) {
            boolean duringGreeting = greeting > 0;
            greeting = Math.max(0, greeting - 1);
            if (type == zmq.ZMQ.ZMQ_EVENT_HANDSHAKE_PROTOCOL || !duringGreeting) {
                return;
            }
        }
        refusals.log(Level.WARNING, "zmqrpc " + name + ": refused a peer at "
                + new String(address, java.nio.charset.StandardCharsets.UTF_8) + ": " + describe(type)
                + (detail.isEmpty() ? "" : " (ZMQ protocol error 0x" + detail + ")"), null);
    }

    private static String describe(int type) {
        if (type == zmq.ZMQ.ZMQ_EVENT_HANDSHAKE_FAILED_AUTH) {
            return "CURVE client key not allowed";
        }
        if (type == zmq.ZMQ.ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL) {
            return "handshake failed (no CURVE, or the wrong server key)";
        }
        if (type == zmq.ZMQ.ZMQ_EVENT_DISCONNECTED) {
            return "dropped during the ZMTP greeting (a client without CURVE?)";
        }
        return "handshake failed";
    }

    /** Stops the monitor and unregisters the allow-list; call after the server socket closed. */
    @Override
    public void close() {
        if (monitor != null) {
            monitor.close(Duration.ZERO);
        }
        if (zap != null) {
            try {
                zap.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "zmqrpc " + name + ": unregistering from the ZAP handler failed", e);
            }
        }
    }
}
