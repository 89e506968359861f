package io.zmqrpc.runtime.transport;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The messages waiting to leave on one socket. Any thread may queue; only the socket's owner (the
 * thread holding the socket's lock) sends, and a send never blocks: what a full pipe refuses is
 * kept, in order, and tried again when the socket has room.
 */
abstract class Outbox {

    /** Queued by any thread, taken by the owner. */
    final Queue<byte[][]> queued = new ConcurrentLinkedQueue<>();
    /** Messages kept because their pipe was full; written by the owner only. */
    volatile int held;

    /**
     * The outbox for a socket type: per peer for a ROUTER (one slow peer never holds up the
     * others), one queue for everything else.
     *
     * @param type the socket type
     * @return a new outbox
     */
    static Outbox forSocket(SocketType type) {
        return type == SocketType.ROUTER ? new RoutedOutbox() : new FifoOutbox();
    }

    /**
     * Queues a message; safe from any thread.
     *
     * @param frames the frames
     */
    final void add(byte[][] frames) {
        queued.add(frames);
    }

    /** @return whether anything waits, kept or queued */
    final boolean pending() {
        return held > 0 || !queued.isEmpty();
    }

    /** @return whether something newly queued may be sent now */
    abstract boolean sendable();

    /**
     * Whether something kept waits for room: the loop then watches the socket's descriptor, whose
     * commands tell that a pipe drained.
     *
     * @return true while something is kept
     */
    final boolean waitsForRoom() {
        return held > 0;
    }

    /**
     * How long the loop may sleep before it tries the kept messages again even if nothing woke it.
     *
     * @return milliseconds, or -1 when waking up for room is enough
     */
    abstract long retryMillis();

    /**
     * How many messages are kept because their pipe was full; readable from any thread.
     *
     * @return the count
     */
    final int held() {
        return held;
    }

    /**
     * Sends a message now if nothing kept or queued must leave before it, else queues it behind
     * them and sends what it can; by the owner.
     *
     * @param socket the socket, owned by the caller
     * @param frames the message
     * @param events where to report sent and dropped messages
     */
    abstract void offer(ZMQ.Socket socket, byte[][] frames, Events events);

    /**
     * Sends what it can, kept messages first.
     *
     * @param socket the socket, owned by the caller
     * @param events where to report sent and dropped messages
     * @return how many messages left
     */
    abstract int flush(ZMQ.Socket socket, Events events);

    /**
     * Tries the kept messages again if the socket may have room; what the loop asks before it sleeps.
     *
     * @param socket the socket, owned by the caller
     * @param events where to report
     * @return whether anything left
     */
    abstract boolean retry(ZMQ.Socket socket, Events events);

    /**
     * A routed peer went away: what is kept for it is dropped.
     *
     * @param identity the peer's routing id
     * @return how many messages were dropped
     */
    abstract int forget(byte[] identity);

    /**
     * At close: sends what is kept and queued for up to {@code lingerMillis}, then lets the socket
     * linger as long.
     *
     * @param socket the socket
     * @param lingerMillis how long
     * @param events where to report
     */
    final void linger(ZMQ.Socket socket, long lingerMillis, Events events) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(lingerMillis);
        while (pending() && System.nanoTime() < deadline) {
            flush(socket, events);
            if (waitsForRoom()) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (lingerMillis > 0) {
            socket.setLinger(lingerMillis);
        }
    }

    /** What an outbox reports to the socket's owner, on the owner's thread. */
    interface Events {

        /**
         * Messages left the socket.
         *
         * @param count how many
         */
        void sent(int count);

        /**
         * A routed peer is gone; what was kept or queued for it was dropped.
         *
         * @param identity its routing id
         * @param dropped how many messages
         */
        void peerGone(byte[] identity, int dropped);
    }
}
