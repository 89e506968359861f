package io.zmqrpc.runtime.security;

import io.zmqrpc.runtime.support.RateLimitedLog;
import io.zmqrpc.runtime.transport.CurveSettings;
import io.zmqrpc.runtime.transport.SocketConfig;
import io.zmqrpc.runtime.transport.SocketLoop;
import io.zmqrpc.runtime.transport.SocketSettings;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The process's ZAP handler (ZeroMQ RFC 27): ZeroMQ asks it, for every CURVE handshake on a server
 * socket, whether the client's public key is admitted. One per JeroMQ context (zmqrpc has one per
 * process), so it serves every server: each server's {@link CurveSettings#zapDomain()} names its
 * allow-list. It runs on a socket loop of its own while at least one CURVE server is registered.
 */
public final class ZapHandler implements SocketLoop.Listener {

    private static final System.Logger LOG = System.getLogger(ZapHandler.class.getName());
    private static final String ENDPOINT = "inproc://zeromq.zap.01";
    private static final byte[] VERSION = "1.0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY = new byte[0];

    /** Refused clients retry every reconnect interval: one line a second is enough. */
    private static final RateLimitedLog REFUSALS = new RateLimitedLog(LOG, 1000);
    // Read by the handler thread without the lock, so that unregister can wait for it to stop.
    private static final Map<String, Set<String>> ALLOWED = new ConcurrentHashMap<>();
    private static final Map<String, Integer> USERS = new HashMap<>();
    private static volatile SocketLoop loop;

    private ZapHandler() {
    }

    /**
     * Registers a server's allow-list, starting the handler if it is the first; close the result when
     * the server's socket has closed.
     *
     * @param curve the server's settings
     * @return what unregisters it
     */
    public static synchronized AutoCloseable register(CurveSettings curve) {
        if (loop == null) {
            loop = SocketLoop.start(new SocketConfig("zap", SocketType.ROUTER,
                    SocketSettings.builder().bind(List.of(ENDPOINT)).build()), new ZapHandler());
        }
        ALLOWED.put(curve.zapDomain(), curve.allowedClients());
        USERS.merge(curve.zapDomain(), 1, Integer::sum);
        return () -> unregister(curve.zapDomain());
    }

    private static synchronized void unregister(String domain) {
        if (USERS.merge(domain, -1, Integer::sum) == 0) {
            USERS.remove(domain);
            ALLOWED.remove(domain);
        }
        if (USERS.isEmpty() && loop != null) {
            loop.close(Duration.ZERO);
            loop = null;
        }
    }

    /** Frames: routing id, empty, version, request id, domain, address, identity, mechanism, credentials. */
    @Override
    public void onMessage(byte[][] frames) {
        if (frames.length < 8) {
            LOG.log(Level.WARNING, "zmqrpc ZAP handler: ignored a request of {0} frames", frames.length);
            return;
        }
        String domain = new String(frames[4], StandardCharsets.UTF_8);
        String address = new String(frames[5], StandardCharsets.UTF_8);
        String mechanism = new String(frames[7], StandardCharsets.US_ASCII);
        Set<String> allowed = ALLOWED.get(domain);
        String clientKey = mechanism.equals("CURVE") && frames.length > 8 && frames[8].length == ZMQ.Curve.KEY_SIZE
                ? ZMQ.Curve.z85Encode(frames[8]) : null;
        boolean admitted;
        String reason;
        if (allowed == null) {
            // Not a zmqrpc CURVE server (its socket asked for no allow-list).
            admitted = true;
            reason = "OK";
        } else if (!mechanism.equals("CURVE")) {
            admitted = false;
            reason = "CURVE required";
        } else {
            admitted = allowed.isEmpty() || allowed.contains(clientKey);
            reason = admitted ? "OK" : "client key not allowed";
        }
        if (!admitted) {
            REFUSALS.log(Level.WARNING, "zmqrpc: refused " + mechanism + " client " + clientKey + " from " + address
                    + " on " + domain + ": " + reason, null);
        }
        SocketLoop current = loop;
        if (current == null) {
            return;
        }
        current.send(new byte[][] {frames[0], EMPTY, VERSION, frames[3],
            (admitted ? "200" : "400").getBytes(StandardCharsets.US_ASCII), reason.getBytes(StandardCharsets.US_ASCII),
            admitted && clientKey != null ? clientKey.getBytes(StandardCharsets.US_ASCII) : EMPTY, EMPTY});
    }
}
