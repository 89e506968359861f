package io.zmqrpc.runtime.transport;

import java.util.function.Consumer;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * What a socket loop opens: a socket of one type with its settings, plus whatever its owner must
 * set up on it before it binds or connects (a monitor, a subscription).
 *
 * @param name a short name for the thread and the logs
 * @param type the ZeroMQ socket type
 * @param settings endpoints and socket options
 * @param setup applied after the settings, before bind and connect
 */
public record SocketConfig(String name, SocketType type, SocketSettings settings, Consumer<ZMQ.Socket> setup) {

    /**
     * A socket that needs nothing beyond its settings.
     *
     * @param name the name
     * @param type the socket type
     * @param settings the settings
     */
    public SocketConfig(String name, SocketType type, SocketSettings settings) {
        this(name, type, settings, socket -> { });
    }

    /**
     * Checks that the socket has somewhere to go.
     *
     * @param name the name
     * @param type the socket type
     * @param settings the settings
     * @param setup the extra set-up
     */
    public SocketConfig {
        if (settings.bindEndpoints().isEmpty() && settings.connectEndpoints().isEmpty()) {
            throw new IllegalArgumentException(name + ": no endpoint to bind or connect");
        }
    }
}
