package io.zmqrpc.runtime.transport;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * Sends and receives one multipart message on a socket without blocking; whoever owns the socket
 * at the moment calls these.
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
     */
    static boolean trySend(ZMQ.Socket socket, byte[][] frames) {
        int last = frames.length - 1;
        // Once the first frame of a multipart message is accepted, ZeroMQ accepts the rest.
        if (!socket.send(frames[0], last == 0 ? ZMQ.DONTWAIT : ZMQ.DONTWAIT | ZMQ.SNDMORE)) {
            return false;
        }
        for (int i = 1; i <= last; i++) {
            socket.send(frames[i], i == last ? 0 : ZMQ.SNDMORE);
        }
        return true;
    }

    /**
     * Reads a message if one is waiting.
     *
     * @param socket the socket
     * @return the frames, or null when nothing is waiting
     */
    static byte[][] tryReceive(ZMQ.Socket socket) {
        byte[] first = socket.recv(ZMQ.DONTWAIT);
        if (first == null) {
            return null;
        }
        if (!socket.hasReceiveMore()) {
            return new byte[][] {first};
        }
        List<byte[]> frames = new ArrayList<>(6);
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames.toArray(new byte[0][]);
    }
}
