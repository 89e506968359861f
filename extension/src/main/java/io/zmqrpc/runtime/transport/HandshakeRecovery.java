package io.zmqrpc.runtime.transport;

import java.lang.System.Logger.Level;
import java.time.Duration;
import org.zeromq.ZMQ;

/**
 * Recovers a connecting socket's stalled ZMTP handshakes within its handshake-recovery time: wraps
 * the loop's listener, watches the connection and handshake events of the socket's monitor, and
 * when {@link StalledHandshakes} finds a stalled connection, {@link IoThreadNudge nudges} the I/O
 * thread. Everything runs on the socket's thread.
 *
 * <p>Only sockets that connect need it: an accepted connection gets a channel that was never
 * registered, so the race that stalls a connecting one cannot happen there. The socket's one
 * monitor is shared with the other watchers (a publisher counting its subscribers), so every
 * connecting socket gets the recovery.
 */
final class HandshakeRecovery implements SocketLoop.Listener {

    private static final System.Logger LOG = System.getLogger(HandshakeRecovery.class.getName());
    /** A failed or timed-out handshake ends in DISCONNECTED, as does a dropped connection. */
    private static final int EVENTS = ZMQ.EVENT_CONNECTED | ZMQ.EVENT_HANDSHAKE_PROTOCOL | ZMQ.EVENT_DISCONNECTED;

    private final String name;
    private final SocketLoop.Listener delegate;
    private final StalledHandshakes handshakes;

    private HandshakeRecovery(String name, SocketLoop.Listener delegate, Duration recovery) {
        this.name = name;
        this.delegate = delegate;
        this.handshakes = new StalledHandshakes(recovery.toNanos());
    }

    /**
     * The listener a loop should use: {@code listener} itself when the socket connects nowhere
     * but in-process or recovery is off (zero); else {@code listener} wrapped with handshake
     * recovery.
     *
     * @param config the socket's configuration
     * @param listener the listener
     * @return the listener to use
     */
    static SocketLoop.Listener around(SocketConfig config, SocketLoop.Listener listener) {
        SocketSettings settings = config.settings();
        boolean connectsOverTcp = settings.connectEndpoints().stream().anyMatch(e -> !e.startsWith("inproc://"));
        if (!connectsOverTcp || settings.handshakeRecovery().isZero()) {
            return listener;
        }
        return new HandshakeRecovery(config.name(), listener, settings.handshakeRecovery());
    }

    // ---- the monitor's events

    @Override
    public void opening(ZMQ.Socket socket, SocketMonitor monitor) {
        delegate.opening(socket, monitor);
        monitor.watch(EVENTS, this::onEvent);
    }

    private void onEvent(SocketMonitor.Event event) {
        if (event.type() == ZMQ.EVENT_CONNECTED) {
            handshakes.connected(event.address(), event.channel(), System.nanoTime());
        } else {
            handshakes.settled(event.address());
        }
    }

    @Override
    public void onTick(long nanoTime) {
        int stalled = handshakes.stalled(nanoTime);
        if (stalled > 0) {
            boolean nudged = IoThreadNudge.nudge();
            LOG.log(Level.DEBUG, () -> "zmqrpc " + name + ": " + stalled + " connection(s) stalled before the ZMTP "
                    + "handshake (JeroMQ 0.6 poller race); " + (nudged ? "nudged the I/O thread" : "nudge failed"));
        }
        delegate.onTick(nanoTime);
    }

    @Override
    public long pollTimeoutMillis() {
        long own = handshakes.millisToNextCheck(System.nanoTime());
        long theirs = delegate.pollTimeoutMillis();
        return own < 0 ? theirs : theirs < 0 ? own : Math.min(own, theirs);
    }

    // ---- everything else is the wrapped listener's

    @Override
    public void onMessage(byte[][] frames) {
        delegate.onMessage(frames);
    }

    @Override
    public void afterReads() {
        delegate.afterReads();
    }

    @Override
    public boolean readable() {
        return delegate.readable();
    }

    @Override
    public boolean awaitsInput() {
        return delegate.awaitsInput();
    }

    @Override
    public void onSent(int count) {
        delegate.onSent(count);
    }

    @Override
    public void onPeerGone(byte[] identity, int dropped) {
        delegate.onPeerGone(identity, dropped);
    }
}
