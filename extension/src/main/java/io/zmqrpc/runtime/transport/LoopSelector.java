package io.zmqrpc.runtime.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import org.zeromq.ZMQ;

/**
 * Where a {@link SocketLoop} sleeps: one selector on which the loop's sockets are registered once,
 * for the life of the loop, and which other threads wake with {@link Selector#wakeup()}.
 *
 * <p>Why not {@code ZMQ.poll} and a wake-up pipe: {@code ZMQ.poll} registers its items again and
 * runs a non-blocking select before the blocking one on every call, and it reports a raw channel
 * from the readiness it had the last time it was selected, so every return after one wake-up
 * looked like another wake-up. And a pipe is an interruptible channel: a thread writing to it with
 * its interrupt flag set (a cancelled caller, a handler thread of a pool being shut down) closes
 * it for good, after which the loop can no longer be woken. {@code Selector.wakeup()} does not
 * care about the caller's interrupt flag, and here a sleep is one {@code epoll_wait}.
 *
 * <p>A ZeroMQ socket's file descriptor only says that commands reached the socket, not that a
 * message can be read; the loop therefore asks the socket ({@code getEvents()}) before it sleeps,
 * which also consumes those commands. Everything but {@link #wakeUp()} runs on the loop thread.
 */
final class LoopSelector implements AutoCloseable {

    private final Selector selector;
    private SelectionKey socketKey;

    LoopSelector() {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the socket loop's selector", e);
        }
    }

    /**
     * Registers the main socket; its commands wake the loop while {@link #watchSocket(boolean)} is on.
     *
     * @param socket the socket
     */
    void register(ZMQ.Socket socket) {
        socketKey = registerChannel(socket);
    }

    /**
     * Registers a second socket whose commands always wake the loop.
     *
     * @param socket a second socket, such as a monitor's reading end
     */
    void registerAlwaysWatched(ZMQ.Socket socket) {
        registerChannel(socket);
    }

    private SelectionKey registerChannel(ZMQ.Socket socket) {
        try {
            return socket.getFD().register(selector, SelectionKey.OP_READ);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the socket", e);
        }
    }

    /**
     * Whether the main socket's commands wake the loop. Off while the loop neither reads (back-pressure)
     * nor waits for room to send: nobody would consume those commands, so they would wake the loop
     * again and again.
     *
     * @param watch true to watch
     */
    void watchSocket(boolean watch) {
        int ops = watch ? SelectionKey.OP_READ : 0;
        if (socketKey.interestOps() != ops) {
            socketKey.interestOps(ops);
        }
    }

    /**
     * Sleeps until a watched socket received commands, {@link #wakeUp()} was called (during this
     * sleep or since the last one), or the timeout passed.
     *
     * @param timeoutMillis how long at most, or -1 for no limit
     * @return whether the main socket's descriptor was ready when the sleep ended
     */
    boolean await(long timeoutMillis) {
        try {
            if (timeoutMillis < 0) {
                selector.select();
            } else {
                selector.select(Math.max(1, timeoutMillis));
            }
            boolean bySocket = selector.selectedKeys().contains(socketKey);
            selector.selectedKeys().clear();
            return bySocket;
        } catch (ClosedSelectorException e) {
            // Closed by the loop's end while a leader was about to sleep: it wakes and finds it.
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("the socket loop's selector failed", e);
        }
    }

    /** Ends the current sleep, or the next one if the loop is not sleeping; safe from any thread. */
    void wakeUp() {
        selector.wakeup();
    }

    @Override
    public void close() {
        try {
            selector.close();
        } catch (IOException e) {
            // Nothing is left to release.
        }
    }
}
