package io.zmqrpc;

import java.util.List;
import java.util.Map;

/**
 * A pipeline client (aiozmq's {@code connect_pipeline}): fire-and-forget notifications through a
 * PUSH socket. No reply ever comes back; with several servers connected, ZeroMQ spreads the
 * messages across them.
 */
public interface PipelineClient extends AutoCloseable {

    /**
     * Sends a notification with positional and keyword arguments.
     *
     * @param name the remote method name, dotted for namespaces
     * @param args the positional arguments
     * @param kwargs the keyword arguments
     */
    void notify(String name, List<?> args, Map<String, ?> kwargs);

    /**
     * Sends a notification with positional arguments.
     *
     * @param name the remote method name
     * @param args the positional arguments
     */
    default void notify(String name, Object... args) {
        notify(name, java.util.Arrays.asList(args), Map.of());
    }

    /**
     * A typed proxy whose {@code void} methods send notifications.
     *
     * @param type the interface
     * @param namespace a namespace prefix, or empty
     * @param <T> the interface type
     * @return the proxy
     */
    <T> T proxy(Class<T> type, String namespace);

    /** Closes the socket; messages still queued are given the configured linger time. */
    @Override
    void close();
}
