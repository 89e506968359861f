package io.zmqrpc.runtime.transport;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * What a socket loop opens: the socket type, the endpoints to bind and connect, and the options to
 * set before either (high-water marks, maximum message size, heartbeats, CURVE keys, ...).
 *
 * @param name a short name for the thread and the logs
 * @param type the ZeroMQ socket type
 * @param bind endpoints to bind ({@code tcp://127.0.0.1:*} picks a free port)
 * @param connect endpoints to connect to
 * @param options applied to the socket before bind and connect
 * @param spin how long the loop looks for work before it sleeps (see {@code RpcOptions.Builder.spin})
 */
public record SocketConfig(String name, SocketType type, List<String> bind, List<String> connect,
        Consumer<ZMQ.Socket> options, Duration spin) {

    /**
     * A loop that sleeps as soon as it has nothing to do.
     *
     * @param name the name
     * @param type the socket type
     * @param bind the bind endpoints
     * @param connect the connect endpoints
     * @param options the option setter
     */
    public SocketConfig(String name, SocketType type, List<String> bind, List<String> connect,
            Consumer<ZMQ.Socket> options) {
        this(name, type, bind, connect, options, Duration.ZERO);
    }

    /**
     * Validates and copies the configuration.
     *
     * @param name the name
     * @param type the socket type
     * @param bind the bind endpoints
     * @param connect the connect endpoints
     * @param options the option setter
     * @param spin zero or positive (as {@code RpcOptions} checks)
     */
    public SocketConfig {
        bind = List.copyOf(bind);
        connect = List.copyOf(connect);
        if (bind.isEmpty() && connect.isEmpty()) {
            throw new IllegalArgumentException(name + ": no endpoint to bind or connect");
        }
    }
}
