package io.zmqrpc.runtime.transport;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import zmq.ZError;

/**
 * Sends and receives one multipart message on a socket without blocking, and asks a socket for its
 * events; whoever holds the socket's lock calls these, a socket thread or any other thread.
 *
 * <p>Any thread may be one that gets interrupted (a caller sending its own request, a handler
 * thread of a pool being shut down). JeroMQ turns a pending interrupt into {@code EINTR}, clearing
 * the flag, and fails the operation: half a multipart message would be left on the socket and the
 * caller's interrupt lost. So each operation here runs with the flag cleared, retries what
 * {@code EINTR} failed (nothing of it was done), and sets the flag again at the end.
 */
final class Multipart {

    private Multipart() {
    }

    /**
     * Sends a message unless the socket's pipe is full.
     *
     * @param socket the socket
     * @param frames the frames
     * @return false when the socket took nothing (its high-water mark is reached)
     * @throws ZMQException for a failure other than a full pipe (a ROUTER's peer that is gone)
     */
    static boolean trySend(ZMQ.Socket socket, byte[][] frames) {
        boolean interrupted = Thread.interrupted();
        try {
            int last = frames.length - 1;
            // Once the first frame of a multipart message is accepted, ZeroMQ accepts the rest.
            if (!send(socket, frames[0], last == 0 ? ZMQ.DONTWAIT : ZMQ.DONTWAIT | ZMQ.SNDMORE)) {
                return false;
            }
            for (int i = 1; i <= last; i++) {
                send(socket, frames[i], i == last ? 0 : ZMQ.SNDMORE);
            }
            return true;
        } finally {
            if (interrupted | Thread.interrupted()) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean send(ZMQ.Socket socket, byte[] frame, int flags) {
        while (true) {
            try {
                return socket.send(frame, flags);
            } catch (ZMQException e) {
                if (e.getErrorCode() != ZError.EINTR) {
                    throw e;
                }
            }
        }
    }

    /**
     * Reads a message if one is waiting.
     *
     * @param socket the socket
     * @return the frames, or null when nothing is waiting
     */
    static byte[][] tryReceive(ZMQ.Socket socket) {
        boolean interrupted = Thread.interrupted();
        try {
            byte[] first = receive(socket, ZMQ.DONTWAIT);
            if (first == null) {
                return null;
            }
            if (!socket.hasReceiveMore()) {
                return new byte[][] {first};
            }
            List<byte[]> frames = new ArrayList<>(6);
            frames.add(first);
            while (socket.hasReceiveMore()) {
                frames.add(receive(socket, 0));
            }
            return frames.toArray(new byte[0][]);
        } finally {
            if (interrupted | Thread.interrupted()) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static byte[] receive(ZMQ.Socket socket, int flags) {
        while (true) {
            try {
                return socket.recv(flags);
            } catch (ZMQException e) {
                if (e.getErrorCode() != ZError.EINTR) {
                    throw e;
                }
            }
        }
    }

    /**
     * The socket's events ({@code POLLIN}, {@code POLLOUT}); asking processes the commands that
     * reached the socket, which consumes what signalled its descriptor.
     *
     * @param socket the socket
     * @return the events
     */
    static int events(ZMQ.Socket socket) {
        boolean interrupted = Thread.interrupted();
        try {
            while (true) {
                int events = socket.getEvents();
                if (events >= 0) {
                    return events;
                }
                // -1: EINTR cut the look short (look again), or the context is terminating.
                if (socket.base().errno() != ZError.EINTR) {
                    return 0;
                }
                Thread.interrupted();
            }
        } finally {
            if (interrupted | Thread.interrupted()) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
