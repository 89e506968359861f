package io.zmqrpc.runtime.server;

import io.zmqrpc.runtime.wire.RequestHeader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** A bare JeroMQ DEALER in its own context, to send a server frames no client would. Single-threaded. */
final class RawDealer implements AutoCloseable {

    private final ZContext context = new ZContext(1);
    private final ZMQ.Socket socket;
    private int nextId = 1;

    RawDealer(String endpoint) {
        socket = context.createSocket(SocketType.DEALER);
        socket.setLinger(0);
        // A raw JeroMQ socket has no handshake recovery (docs/reliability.md, stalled handshakes):
        // with JeroMQ's 30 s default a stalled connection would outlast the test's waits.
        socket.setHandshakeIvl(2_000);
        socket.connect(endpoint);
    }

    void send(byte[]... frames) {
        for (int i = 0; i < frames.length; i++) {
            socket.send(frames[i], i < frames.length - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    /** A well-formed request header with the next id. */
    byte[] header() {
        return new RequestHeader(1, 2, nextId++, 0.0).encode();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Waits for one message.
     *
     * @return its frames, or null when nothing arrived in time
     */
    byte[][] receive(Duration wait) {
        socket.setReceiveTimeOut((int) wait.toMillis());
        byte[] first = socket.recv();
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>(List.of(first));
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv());
        }
        return frames.toArray(new byte[0][]);
    }

    @Override
    public void close() {
        context.close();
    }
}
