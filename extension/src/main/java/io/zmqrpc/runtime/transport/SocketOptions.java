package io.zmqrpc.runtime.transport;

import io.zmqrpc.runtime.RpcOptions;
import java.time.Duration;
import java.util.function.Consumer;
import org.zeromq.ZMQ;

/** Applies the socket-level options every zmqrpc socket gets, then the user's own. */
public final class SocketOptions {

    /**
     * How long a ZMTP handshake may take before the connection is dropped and made again. JeroMQ's
     * default is 30 s; but now and then (a few connections in a hundred when each starts in a fresh
     * context, against pyzmq as against JeroMQ) a JeroMQ connection completes at TCP level and then
     * never finishes its handshake, and with the default every message queued for it waits 30 s, so
     * the calls time out. Redone after 2 s, the new connection handshakes and the queued messages
     * leave (stalled handshakes seen: 6 in 150 fresh connections; with this: none lost, the
     * affected message late by about 2.1 s). A healthy handshake takes well under a millisecond on
     * a LAN, tens of milliseconds across continents, CURVE included.
     */
    static final int HANDSHAKE_MILLIS = 2_000;

    private SocketOptions() {
    }

    /**
     * The option setter for a socket configured by {@code options}.
     *
     * @param options the options
     * @return what to apply to a new socket before bind and connect
     */
    public static Consumer<ZMQ.Socket> from(RpcOptions options) {
        return socket -> {
            socket.setHandshakeIvl(HANDSHAKE_MILLIS);
            socket.setMaxMsgSize(options.maxMessageSize());
            socket.setSndHWM(options.sendHighWaterMark());
            socket.setRcvHWM(options.receiveHighWaterMark());
            Duration interval = options.heartbeatInterval();
            if (interval != null) {
                socket.setHeartbeatIvl(millis(interval));
                Duration timeout = options.heartbeatTimeout() != null ? options.heartbeatTimeout() : interval;
                socket.setHeartbeatTimeout(millis(timeout));
                if (options.heartbeatTtl() != null) {
                    socket.setHeartbeatTtl(millis(options.heartbeatTtl()));
                }
            }
            if (options.curve() != null) {
                options.curve().apply(socket);
            }
            options.socketOptions().accept(socket);
        };
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }
}
