package io.zmqrpc.runtime.transport;

import io.zmqrpc.runtime.RpcOptions;
import java.time.Duration;
import java.util.function.Consumer;
import org.zeromq.ZMQ;

/** Applies the socket-level options every zmqrpc socket gets, then the user's own. */
public final class SocketOptions {

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
