package io.zmqrpc.cli.connect;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Creates the plain JeroMQ sockets of {@code listen}, {@code notify}, {@code publish} and
 * {@code proxy} with what zmqrpc's own sockets have: a ZMTP handshake given up and redone after
 * 2 s, because a few JeroMQ 0.6.0 connections in a hundred stall after the TCP connect and would
 * otherwise hold their messages for 30 s ({@code docs/reliability.md}, "Stalled handshakes").
 */
public final class RawSockets {

    private static final int HANDSHAKE_MILLIS = 2_000;

    private RawSockets() {
    }

    /**
     * A new socket.
     *
     * @param context its context
     * @param type its type
     * @return the socket
     */
    public static ZMQ.Socket create(ZContext context, SocketType type) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setHandshakeIvl(HANDSHAKE_MILLIS);
        return socket;
    }
}
