package io.zmqrpc.runtime.client;

import io.zmqrpc.runtime.transport.SocketLoop;
import io.zmqrpc.runtime.transport.SocketMonitor;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.zeromq.ZMQ;

/**
 * What a publisher knows about its subscribers, for the slow-joiner waits of {@link PubClient}.
 *
 * <p>Two sources, both read on the publisher's socket thread: the socket's monitor counts tcp/ipc
 * connections, and the XPUB socket itself, made verbose,
 * hands over every SUBSCRIBE a peer sends. XPUB adds a subscription to its own filter before it
 * hands the message over, so once a subscription has been read here, whatever is published next on
 * a matching topic goes to that peer.
 *
 * <p>Counting is per prefix. XPUB reports an unsubscription (explicit or by disconnect) only when
 * the last holder of a prefix gives it up, so the count of a prefix then drops to zero; while
 * other holders remain, a departed subscriber is still counted.
 */
final class Subscribers implements SocketLoop.Listener, SocketMonitor.Watcher {

    private static final int EVENTS = ZMQ.EVENT_ACCEPTED | ZMQ.EVENT_CONNECTED | ZMQ.EVENT_DISCONNECTED;

    private final Object lock = new Object();
    /** Guarded by lock. */
    private int peers;
    /** Subscribe messages received per prefix; guarded by lock. */
    private final Map<ByteBuffer, Integer> subscriptions = new HashMap<>();

    // ---- on the socket thread

    @Override
    public void opening(ZMQ.Socket socket, SocketMonitor monitor) {
        // Verbose: every peer's SUBSCRIBE is handed over, not only the first for a prefix.
        socket.setXpubVerbose(true);
        monitor.watch(EVENTS, this);
    }

    /** A peer connected or left. */
    @Override
    public void onEvent(SocketMonitor.Event event) {
        int delta = event.type() == ZMQ.EVENT_DISCONNECTED ? -1 : 1;
        synchronized (lock) {
            peers = Math.max(0, peers + delta);
            lock.notifyAll();
        }
    }

    /** A subscription message from a peer: {@code 0x01 prefix} or {@code 0x00 prefix}. */
    @Override
    public void onMessage(byte[][] frames) {
        byte[] message = frames[0];
        if (message.length == 0 || message[0] > 1) {
            return;
        }
        ByteBuffer prefix = ByteBuffer.wrap(message, 1, message.length - 1).slice();
        synchronized (lock) {
            if (message[0] == 1) {
                subscriptions.merge(prefix, 1, Integer::sum);
            } else {
                subscriptions.remove(prefix);
            }
            lock.notifyAll();
        }
    }

    // ---- on callers' threads

    /**
     * Waits until at least {@code n} peers are connected.
     *
     * @return false on timeout or interruption (the interrupt flag is kept)
     */
    boolean awaitPeers(int n, Duration timeout) {
        return await(timeout, () -> peers >= n);
    }

    /**
     * Waits until at least {@code n} subscriptions arrived whose prefix matches {@code topic}.
     *
     * @return false on timeout or interruption (the interrupt flag is kept)
     */
    boolean awaitSubscriptions(byte[] topic, int n, Duration timeout) {
        return await(timeout, () -> matching(topic) >= n);
    }

    /**
     * Whether any subscription that has reached the publisher matches the topic: without one, the
     * XPUB drops what is published on it.
     *
     * @param topic the topic
     * @return true when some subscriber would get it
     */
    boolean anyMatching(byte[] topic) {
        synchronized (lock) {
            return matching(topic) > 0;
        }
    }

    /** Subscriptions whose prefix matches the topic; with the lock held. */
    private int matching(byte[] topic) {
        Predicate<ByteBuffer> matches = prefix -> prefix.remaining() <= topic.length
                && prefix.equals(ByteBuffer.wrap(topic, 0, prefix.remaining()));
        return subscriptions.entrySet().stream().filter(e -> matches.test(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    private boolean await(Duration timeout, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            try {
                while (!done.getAsBoolean()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    lock.wait(Math.max(1, left / 1_000_000));
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
