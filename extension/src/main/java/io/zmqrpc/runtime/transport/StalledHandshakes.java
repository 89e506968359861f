package io.zmqrpc.runtime.transport;

import java.nio.channels.SelectableChannel;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Tells which connections of one socket connected at TCP level and then stalled before their ZMTP
 * handshake, from the socket's monitor events; one socket's thread uses it.
 *
 * <p>JeroMQ 0.6's I/O thread sometimes loses the registration of a freshly connected channel: the
 * connecter's selection key is cancelled and the engine's handle for the same channel is added in
 * the same pass over the poller's table, so the new handle never gets a key of its own (upstream
 * pull request zeromq/jeromq#1022). Such a channel is open yet registered with no selector, and
 * stays so until the I/O thread's next registration pass. That is what is checked here: a
 * connection still waiting for its handshake {@code recovery} after it connected is stalled when
 * its channel is open and unregistered. A healthy handshake that is merely slow (a distant peer,
 * CURVE) keeps its channel registered and is left alone, however long it takes.
 */
final class StalledHandshakes {

    private final long recoveryNanos;
    /** Connections waiting for their handshake, by endpoint: a socket connects each endpoint once. */
    private final Map<String, Waiting> waiting = new HashMap<>();

    /**
     * @param recoveryNanos how long a connection may wait for its handshake before it is checked
     */
    StalledHandshakes(long recoveryNanos) {
        if (recoveryNanos <= 0) {
            throw new IllegalArgumentException("the handshake recovery time must be positive, got "
                    + recoveryNanos + " ns");
        }
        this.recoveryNanos = recoveryNanos;
    }

    /** A connection waiting for its handshake, and when it is checked next. */
    private static final class Waiting {
        final SelectableChannel channel;
        long checkAt;

        Waiting(SelectableChannel channel, long checkAt) {
            this.channel = channel;
            this.checkAt = checkAt;
        }
    }

    /**
     * A TCP connection to {@code endpoint} was made; its handshake starts.
     *
     * @param endpoint the endpoint, as the monitor names it
     * @param channel its channel, or null when the monitor could no longer resolve it
     * @param now the current {@link System#nanoTime()}
     */
    void connected(String endpoint, SelectableChannel channel, long now) {
        waiting.put(endpoint, new Waiting(channel, now + recoveryNanos));
    }

    /**
     * The connection to {@code endpoint} finished its handshake, failed it, or went away.
     *
     * @param endpoint the endpoint
     */
    void settled(String endpoint) {
        waiting.remove(endpoint);
    }

    /**
     * Counts the connections found stalled now; each is checked again {@code recovery} later if
     * its handshake has still not come. Connections whose channel was closed are forgotten.
     *
     * @param now the current {@link System#nanoTime()}
     * @return how many connections are stalled
     */
    int stalled(long now) {
        int stalled = 0;
        for (Iterator<Waiting> it = waiting.values().iterator(); it.hasNext(); ) {
            Waiting w = it.next();
            if (now - w.checkAt < 0) {
                continue;
            }
            if (w.channel != null && !w.channel.isOpen()) {
                it.remove();
                continue;
            }
            // Without its channel nothing tells a stall from a slow handshake: count it, since
            // what is done about a stall (a registration pass) does no harm to a healthy one.
            if (w.channel == null || !w.channel.isRegistered()) {
                stalled++;
            }
            w.checkAt = now + recoveryNanos;
        }
        return stalled;
    }

    /**
     * How long until the next check is due.
     *
     * @param now the current {@link System#nanoTime()}
     * @return milliseconds (at least 1), or -1 when no connection is waiting
     */
    long millisToNextCheck(long now) {
        long next = Long.MAX_VALUE;
        for (Waiting w : waiting.values()) {
            next = Math.min(next, w.checkAt - now);
        }
        return next == Long.MAX_VALUE ? -1 : Math.max(1, (next + 999_999) / 1_000_000);
    }
}
