package io.zmqrpc.runtime.transport;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.zeromq.ZMQ;

/**
 * How a socket loop waits for work: it sleeps on its {@link LoopSelector}, other threads wake it,
 * and it may look for work a while (spin) before it sleeps.
 *
 * <p>A wake-up is given only while the loop is marked sleeping, and only once per sleep, so that a
 * burst of sends costs one wake-up. The loop marks itself sleeping <em>before</em> its last look
 * for work: a waker that comes after that look wakes it, one that comes before finds its work
 * seen. Everything but {@link #wake()} and {@link #interrupt()} runs on the loop thread.
 */
final class Idling implements AutoCloseable {

    private final LoopSelector selector = new LoopSelector();
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final long spinNanos;
    private volatile boolean sleeping;

    /** Whether the main socket's descriptor ended the last sleep. */
    private boolean socketWoke;
    /** Sleeps in a row that the socket's descriptor ended although the loop found nothing to do. */
    private int idleWakes;

    /**
     * @param spin how long to look for work before sleeping; zero to sleep at once
     */
    Idling(Duration spin) {
        this.spinNanos = spin.toNanos();
    }

    /**
     * Watches the main socket: its commands wake the loop while the sleep asks for it.
     *
     * @param socket the main socket
     */
    void watch(ZMQ.Socket socket) {
        selector.register(socket);
    }

    /**
     * Watches a second socket whose commands always wake the loop (a monitor's).
     *
     * @param socket the socket
     */
    void alwaysWatch(ZMQ.Socket socket) {
        selector.registerAlwaysWatched(socket);
    }

    /** Makes a sleeping loop take a turn; at most one wake-up per sleep. Safe from any thread. */
    void wake() {
        if (sleeping && wakePending.compareAndSet(false, true)) {
            selector.wakeUp();
        }
    }

    /** Ends the current or the next sleep whatever the loop is doing (to stop it). Safe from any thread. */
    void interrupt() {
        selector.wakeUp();
    }

    /** From now on wakers wake the loop: call before the last look for work. */
    void markSleeping() {
        sleeping = true;
    }

    /** The last look found work: the loop goes on without sleeping. */
    void markAwake() {
        sleeping = false;
    }

    /**
     * Looks for work for up to the configured spin time, yielding the core between looks so that
     * the threads it waits for can run even on a machine with few cores. Wakers need not wake a
     * spinning loop: it is marked awake meanwhile, and marked sleeping again, then looks once
     * more, before it gives up.
     *
     * @param hasWork the look for work
     * @return whether work was found; false at once without a spin time
     */
    boolean spin(BooleanSupplier hasWork) {
        if (spinNanos <= 0) {
            return false;
        }
        sleeping = false;
        long end = System.nanoTime() + spinNanos;
        for (int turn = 1; System.nanoTime() - end < 0; turn++) {
            if ((turn & 15) == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
            if (hasWork.getAsBoolean()) {
                return true;
            }
        }
        sleeping = true;
        return hasWork.getAsBoolean();
    }

    /**
     * Sleeps until a watched socket received commands, a waker came, or the timeout passed; the
     * loop is marked awake again on return.
     *
     * @param watchSocket whether the main socket's commands should end the sleep (the loop reads,
     *     or waits for room to send)
     * @param timeoutMillis how long at most, or -1 for no limit
     * @param worked whether the turn before did any work
     */
    void sleep(boolean watchSocket, long timeoutMillis, boolean worked) {
        idleWakes = socketWoke && !worked ? idleWakes + 1 : 0;
        if (idleWakes > 0) {
            backOff(idleWakes);
        }
        selector.watchSocket(watchSocket);
        socketWoke = selector.await(timeoutMillis);
        sleeping = false;
        wakePending.set(false);
    }

    /**
     * The socket's descriptor woke the loop, yet there was nothing to do: JeroMQ signals a command
     * by writing a byte and only then counting it, and a socket consumes the byte only once it is
     * counted. Until the signalling thread gets a core again to count it, the descriptor stays
     * readable and every sleep returns at once, so the loop would spin and keep that very thread
     * from its core. The loop gives its core away instead, and after a few turns in vain sleeps
     * briefly.
     */
    static void backOff(int idleWakes) {
        if (idleWakes <= 3) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(20_000);
        }
    }

    @Override
    public void close() {
        selector.close();
    }
}
