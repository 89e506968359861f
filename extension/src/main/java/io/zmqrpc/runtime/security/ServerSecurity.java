package io.zmqrpc.runtime.security;

import io.zmqrpc.runtime.support.RateLimitedLog;
import io.zmqrpc.runtime.transport.CurveSettings;
import io.zmqrpc.runtime.transport.SocketMonitor;
import java.lang.System.Logger.Level;

/**
 * What a CURVE server runs beside its socket: its allow-list registered with the {@link ZapHandler},
 * and a watcher on the socket's monitor that logs failed handshakes (a client without CURVE, with
 * the wrong server key, or refused by the allow-list), at most one line a second. For a server
 * without CURVE it does nothing.
 */
public final class ServerSecurity implements AutoCloseable, SocketMonitor.Watcher {

    private static final System.Logger LOG = System.getLogger(ServerSecurity.class.getName());
    private static final ServerSecurity NONE = new ServerSecurity(null, null, () -> { });
    private static final int HANDSHAKE_FAILURES = zmq.ZMQ.ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL
            | zmq.ZMQ.ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL | zmq.ZMQ.ZMQ_EVENT_HANDSHAKE_FAILED_AUTH;
    /*
     * JeroMQ reports no handshake failure when the client speaks another mechanism (no CURVE): the
     * connection is accepted and dropped before the ZMTP greeting completes (HANDSHAKE_PROTOCOL).
     * Counting accepted connections not yet greeted tells such a drop from an ordinary disconnect.
     */
    private static final int EVENTS = HANDSHAKE_FAILURES | zmq.ZMQ.ZMQ_EVENT_HANDSHAKE_PROTOCOL
            | zmq.ZMQ.ZMQ_EVENT_ACCEPTED | zmq.ZMQ.ZMQ_EVENT_DISCONNECTED;

    private final String name;
    private final AutoCloseable zap;
    private final Runnable refused;
    private final RateLimitedLog refusals = new RateLimitedLog(LOG, 1000);
    /** Accepted connections whose ZMTP greeting has not completed (socket thread only). */
    private int greeting;

    private ServerSecurity(String name, AutoCloseable zap, Runnable refused) {
        this.name = name;
        this.zap = zap;
        this.refused = refused;
    }

    /**
     * Prepares a server's security before its socket opens.
     *
     * @param curve the server's CURVE settings, or null
     * @param name the server's name, for the logs
     * @param refused told of each peer refused, on the socket thread
     * @return the running security, or one that does nothing without a CURVE server role
     */
    public static ServerSecurity open(CurveSettings curve, String name, Runnable refused) {
        if (curve == null || !curve.server()) {
            return NONE;
        }
        return new ServerSecurity(name, ZapHandler.register(curve), refused);
    }

    /**
     * Watches the server socket's handshakes; on the server's socket thread while the socket opens.
     *
     * @param monitor the server socket's monitor
     */
    public void watch(SocketMonitor monitor) {
        if (this != NONE) {
            monitor.watch(EVENTS, this);
        }
    }

    /** A handshake event of the server socket, on its socket thread. */
    @Override
    public void onEvent(SocketMonitor.Event event) {
        int type = event.type();
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
        refused.run();
        String detail = event.value().isPresent() ? Integer.toHexString(event.value().getAsInt()) : "";
        refusals.log(Level.WARNING, "zmqrpc " + name + ": refused a peer at " + event.address() + ": "
                + describe(type) + (detail.isEmpty() ? "" : " (ZMQ protocol error 0x" + detail + ")"), null);
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

    /** Unregisters the allow-list; call after the server socket closed. */
    @Override
    public void close() {
        if (zap != null) {
            try {
                zap.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "zmqrpc " + name + ": unregistering from the ZAP handler failed", e);
            }
        }
    }
}
