package io.zmqrpc.runtime.transport;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.zeromq.ZMQ;

/**
 * The messages waiting to leave on one socket. Any thread may queue; only the socket's owner
 * flushes. Flushing never blocks: the message that meets a full pipe (the high-water mark) is held
 * and sent first on the next flush, so that messages leave in the order they were queued.
 */
final class Outbox {

    private final Queue<byte[][]> queued = new ConcurrentLinkedQueue<>();
    /** The message a full pipe refused, sent before anything queued; owner only. */
    private byte[][] blocked;

    /**
     * Queues a message; safe from any thread.
     *
     * @param frames the frames
     */
    void add(byte[][] frames) {
        queued.add(frames);
    }

    /**
     * Whether anything waits, held or queued.
     *
     * @return true when a flush has something to send
     */
    boolean pending() {
        return blocked != null || !queued.isEmpty();
    }

    /**
     * Whether a message waits for the socket to become writable again.
     *
     * @return true while the pipe is full
     */
    boolean blocked() {
        return blocked != null;
    }

    /**
     * Whether a flush could send now without waiting for the socket: nothing is held and
     * something is queued.
     *
     * @return true when there is something to send
     */
    boolean sendable() {
        return blocked == null && !queued.isEmpty();
    }

    /**
     * Sends what it can: the held message first, then the queue, until the pipe is full.
     *
     * @param socket the socket
     */
    void flush(ZMQ.Socket socket) {
        byte[][] next = blocked != null ? blocked : queued.poll();
        while (next != null) {
            if (!Multipart.trySend(socket, next)) {
                blocked = next;
                return;
            }
            next = queued.poll();
        }
        blocked = null;
    }

    /**
     * At close: keeps flushing for up to {@code lingerMillis}, then gives the socket the same linger
     * for what it has taken but not yet written.
     *
     * @param socket the socket
     * @param lingerMillis how long messages may still leave
     */
    void linger(ZMQ.Socket socket, long lingerMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(lingerMillis);
        while (pending() && System.nanoTime() < deadline) {
            flush(socket);
            if (blocked != null) {
                sleepBriefly();
            }
        }
        if (lingerMillis > 0) {
            socket.setLinger(lingerMillis);
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
