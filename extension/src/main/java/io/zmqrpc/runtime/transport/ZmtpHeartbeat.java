package io.zmqrpc.runtime.transport;

import java.time.Duration;
import org.zeromq.ZMQ;

/**
 * ZMTP heartbeats (ZMQ_HEARTBEAT_IVL, _TIMEOUT, _TTL): a silent peer is dropped and
 * reconnected instead of being written to for ever.
 *
 * @param interval how often to send a PING
 * @param timeout how long to wait for any traffic after a PING; null for the interval
 * @param ttl how long the peer may wait for this side's traffic before it drops it; null for
 *        the peer's own setting
 */
public record ZmtpHeartbeat(Duration interval, Duration timeout, Duration ttl) {

    /**
     * Checks the durations.
     *
     * @param interval positive
     * @param timeout positive or null
     * @param ttl positive or null
     */
    public ZmtpHeartbeat {
        positive("heartbeat interval", interval);
        if (timeout != null) {
            positive("heartbeat timeout", timeout);
        }
        if (ttl != null) {
            positive("heartbeat ttl", ttl);
        }
    }

    void applyTo(ZMQ.Socket socket) {
        socket.setHeartbeatIvl(millis(interval));
        socket.setHeartbeatTimeout(millis(timeout != null ? timeout : interval));
        if (ttl != null) {
            socket.setHeartbeatTtl(millis(ttl));
        }
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }

    private static void positive(String option, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(option + " must be a positive duration, got " + d);
        }
    }
}
