package io.zmqrpc.runtime.transport;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * A loop's socket as its config describes it: created, its options set, its listener's own
 * preparations and its monitor in place, then bound and connected. Closed together with its
 * monitor. Opened, used and closed by the loop thread only.
 */
final class LoopSocket implements AutoCloseable {

    private final ZContext context;
    private final ZMQ.Socket socket;
    private final SocketMonitor monitor;
    private final List<String> endpoints;

    private LoopSocket(ZContext context, ZMQ.Socket socket, SocketMonitor monitor, List<String> endpoints) {
        this.context = context;
        this.socket = socket;
        this.monitor = monitor;
        this.endpoints = endpoints;
    }

    /**
     * Opens the socket; on failure nothing is left open.
     *
     * @param context the context to create it in
     * @param config what to open
     * @param listener whose {@link SocketLoop.Listener#opening} prepares it and adds its watchers to
     *     the socket's monitor
     * @return the open socket
     * @throws IllegalStateException naming the endpoint when a bind or connect fails
     */
    static LoopSocket open(ZContext context, SocketConfig config, SocketLoop.Listener listener) {
        ZMQ.Socket socket = context.createSocket(config.type());
        SocketMonitor monitor = new SocketMonitor(config.name());
        try {
            socket.setLinger(0);
            config.settings().applyTo(socket);
            listener.opening(socket, monitor);
            monitor.start(context, socket);
            return new LoopSocket(context, socket, monitor, bindAndConnect(config, socket));
        } catch (RuntimeException | Error e) {
            monitor.close(context);
            context.destroySocket(socket);
            throw e;
        }
    }

    private static List<String> bindAndConnect(SocketConfig config, ZMQ.Socket socket) {
        List<String> endpoints = new ArrayList<>();
        for (String endpoint : config.settings().bindEndpoints()) {
            try {
                if (!socket.bind(endpoint)) {
                    throw new IllegalStateException(config.name() + ": cannot bind " + endpoint);
                }
            } catch (ZMQException e) {
                throw new IllegalStateException(config.name() + ": cannot bind " + endpoint + ": " + e.getMessage(), e);
            }
            endpoints.add(socket.getLastEndpoint());
        }
        for (String endpoint : config.settings().connectEndpoints()) {
            if (!socket.connect(endpoint)) {
                throw new IllegalStateException(config.name() + ": cannot connect to " + endpoint);
            }
            endpoints.add(endpoint);
        }
        return List.copyOf(endpoints);
    }

    ZMQ.Socket socket() {
        return socket;
    }

    SocketMonitor monitor() {
        return monitor;
    }

    /**
     * The endpoints bound, wildcard ports resolved, then those connected to.
     *
     * @return the endpoints
     */
    List<String> endpoints() {
        return endpoints;
    }

    /**
     * Registers the socket, and its monitor's reading end if it has one, with the loop's idling.
     *
     * @param idling where the loop sleeps
     */
    void watchedBy(Idling idling) {
        idling.watch(socket);
        monitor.watchedBy(idling);
    }

    /**
     * Whether the socket has something for a loop that reads and/or waits for room to send; asking
     * also consumes the commands that made its descriptor readable.
     *
     * @param reading whether the loop reads
     * @param sending whether a message waits for room
     * @return true when the socket is ready for either
     */
    boolean ready(boolean reading, boolean sending) {
        if (!reading && !sending) {
            return false;
        }
        int events = socket.getEvents();
        return (reading && (events & ZMQ.Poller.POLLIN) != 0) || (sending && (events & ZMQ.Poller.POLLOUT) != 0);
    }

    /** Closes the monitor's reading end, then the socket. */
    @Override
    public void close() {
        monitor.close(context);
        context.destroySocket(socket);
    }
}
