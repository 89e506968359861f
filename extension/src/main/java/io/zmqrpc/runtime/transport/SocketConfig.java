package io.zmqrpc.runtime.transport;

import org.zeromq.SocketType;

/**
 * What a socket loop opens: a socket of one type with its settings. Whatever its owner must set up
 * beyond them (a monitor watcher, a subscription) it does in {@link SocketLoop.Listener#opening}.
 *
 * @param name a short name for the thread and the logs
 * @param type the ZeroMQ socket type
 * @param settings endpoints and socket options
 */
public record SocketConfig(String name, SocketType type, SocketSettings settings) {

    /**
     * Checks that the socket has somewhere to go.
     *
     * @param name the name
     * @param type the socket type
     * @param settings the settings
     */
    public SocketConfig {
        if (settings.bindEndpoints().isEmpty() && settings.connectEndpoints().isEmpty()) {
            throw new IllegalArgumentException(name + ": no endpoint to bind or connect");
        }
    }
}
