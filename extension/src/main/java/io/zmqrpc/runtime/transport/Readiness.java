package io.zmqrpc.runtime.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import org.zeromq.ZMQ;

/**
 * Waits, on a {@link SocketLoop}'s thread, until its wake-up pipe or its sockets signal. The
 * descriptors are registered with the selector once, and the main socket's interest changes only
 * when the loop stops or resumes watching it, so a wait costs one {@code epoll_wait}: JeroMQ's
 * {@code ZMQ.poll} spends a non-blocking select and a re-registration pass on every call, which on
 * a busy loop is a good part of its system calls.
 *
 * <p>A JeroMQ socket's descriptor is its command mailbox: readable while commands (a peer's
 * message arrived, the pipe has room again) wait to be processed. The loop processes them with
 * {@code getEvents()} before it sleeps, so a readable descriptor always means something changed.
 */
final class Readiness {

    private final Selector selector;
    private final SelectionKey wakeKey;
    private final SelectionKey socketKey;
    private boolean watchingSocket = true;

    Readiness(Selector selector, SelectableChannel wakeup, ZMQ.Socket socket, ZMQ.Socket auxiliary) {
        this.selector = selector;
        try {
            this.wakeKey = wakeup.register(selector, SelectionKey.OP_READ);
            this.socketKey = socket.getFD().register(selector, SelectionKey.OP_READ);
            if (auxiliary != null) {
                // The auxiliary socket is always watched.
                auxiliary.getFD().register(selector, SelectionKey.OP_READ);
            }
        } catch (ClosedChannelException e) {
            throw new IllegalStateException("a socket closed before its loop started", e);
        }
    }

    /**
     * Sleeps until a descriptor signals or the timeout passes.
     *
     * @param watchSocket whether the main socket's changes should wake the loop (false while the
     *     loop neither reads, under back-pressure, nor waits to send)
     * @param timeoutMillis how long at most, or -1 for as long as nothing happens
     * @return whether the wake-up pipe was written to (and must be drained)
     */
    boolean await(boolean watchSocket, long timeoutMillis) {
        if (watchSocket != watchingSocket) {
            socketKey.interestOps(watchSocket ? SelectionKey.OP_READ : 0);
            watchingSocket = watchSocket;
        }
        try {
            if (timeoutMillis < 0) {
                selector.select();
            } else {
                selector.select(Math.max(1, timeoutMillis));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("polling the socket failed", e);
        }
        boolean woken = selector.selectedKeys().contains(wakeKey);
        selector.selectedKeys().clear();
        return woken;
    }
}
