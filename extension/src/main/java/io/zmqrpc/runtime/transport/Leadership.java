package io.zmqrpc.runtime.transport;

import java.util.concurrent.atomic.AtomicReference;
import org.zeromq.ZMQ;

/**
 * Who reads a socket now: at most one thread at a time, the loop thread during a read batch, or
 * for a while a caller waiting for a reply of its own (leader/follower). A caller that leads reads
 * its reply itself as soon as it arrives, instead of the socket thread reading it and waking the
 * caller: one thread hand-off less per call. While a caller leads, the loop does not watch the
 * socket's descriptor for input; the leader waits on a selector of its own, which others wake when
 * their use of the socket consumed its signal.
 */
final class Leadership implements AutoCloseable {

    private final AtomicReference<Thread> reader = new AtomicReference<>();
    private final Thread loopThread;
    private volatile LoopSelector selector;
    /** The leader's: whether the descriptor ended its last sleep, and how often in a row for nothing. */
    private boolean socketWoke;
    private int idleWakes;
    private boolean closed;

    /**
     * @param loopThread the socket's loop thread, whose reading is not a caller's leading
     */
    Leadership(Thread loopThread) {
        this.loopThread = loopThread;
    }

    /**
     * Makes the loop thread the reader for one batch, unless a caller reads.
     *
     * @return true when the loop may read; it must {@link #resign()} after the batch
     */
    boolean claimForLoop() {
        return reader.compareAndSet(null, loopThread);
    }

    /**
     * Makes the calling thread, a caller, the reader if nobody else reads.
     *
     * @param socket the socket, whose descriptor the leader waits on
     * @return true when the caller leads now; it must {@link #resign()} afterwards
     */
    boolean tryLead(ZMQ.Socket socket) {
        if (!reader.compareAndSet(null, Thread.currentThread())) {
            return false;
        }
        socketWoke = false;
        idleWakes = 0;
        if (selector == null && !register(socket)) {
            reader.set(null);
            return false;
        }
        return true;
    }

    private synchronized boolean register(ZMQ.Socket socket) {
        if (closed) {
            return false;
        }
        if (selector == null) {
            LoopSelector made = new LoopSelector();
            made.register(socket);
            made.watchSocket(true);
            selector = made;
        }
        return true;
    }

    /** @return whether a caller leads now (not the loop thread reading a batch) */
    boolean active() {
        Thread current = reader.get();
        return current != null && current != loopThread;
    }

    /** Ends the calling reader's turn. */
    void resign() {
        reader.compareAndSet(Thread.currentThread(), null);
    }

    /**
     * The leader sleeps until the socket's descriptor is signalled, {@link #wake()} was called, or
     * the time passed. Like the loop ({@link Idling}), a leader that the descriptor woke for
     * nothing the turn before gives its core away first: the thread that signalled may not have
     * counted its signal yet, and would otherwise wait for the core the leader spins on.
     *
     * @param millis at most this long, at least 1
     * @param readSomething whether the leader's read before this sleep found a message
     */
    void await(long millis, boolean readSomething) {
        idleWakes = socketWoke && !readSomething ? idleWakes + 1 : 0;
        if (idleWakes > 0) {
            Idling.backOff(idleWakes);
        }
        socketWoke = selector.await(millis);
    }

    /** Wakes the leader, or makes its next sleep return at once; safe from any thread. */
    void wake() {
        LoopSelector s = selector;
        if (s != null) {
            s.wakeUp();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (selector != null) {
            selector.close();
        }
    }
}
