package io.zmqrpc.runtime.transport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * A loop's socket as its config describes it: created, its options set, its listener's own
 * preparations and its monitor in place, then bound and connected. Closed together with its
 * monitor. Opened, used and closed by the loop thread only.
 */
final class LoopSocket implements AutoCloseable {

    /** What a ROUTER reads from a peer that went away, behind its routing id. */
    private static final byte[] DISCONNECTED = "\0zmqrpc: peer disconnected".getBytes(StandardCharsets.UTF_8);

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
        // Made on the raw context, not tracked by the ZContext: ZContext.destroySocket would set
        // the context's linger (0) on it and drop what is still on its way at close.
        ZMQ.Socket socket = context.getContext().socket(config.type());
        SocketMonitor monitor = new SocketMonitor(config.name());
        try {
            socket.setLinger(0);
            config.settings().applyTo(socket);
            if (config.type() == SocketType.ROUTER) {
                // A reply to a peer whose pipe is full is refused (EAGAIN) and kept by the
                // RoutedOutbox instead of being dropped, and a peer's going away is told.
                socket.setRouterMandatory(true);
                socket.base().setSocketOpt(zmq.ZMQ.ZMQ_DISCONNECT_MSG, DISCONNECTED);
            }
            listener.opening(socket, monitor);
            monitor.start(context, socket);
            return new LoopSocket(context, socket, monitor, bindAndConnect(config, socket));
        } catch (RuntimeException | Error e) {
            monitor.close(context);
            socket.close();
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
     * Whether the socket has a message for a loop that reads; asking also consumes the commands
     * that made its descriptor readable.
     *
     * @param reading whether the loop reads
     * @return true when a message waits
     */
    boolean readable(boolean reading) {
        return reading && (Multipart.events(socket) & ZMQ.Poller.POLLIN) != 0;
    }

    /**
     * Whether a message read from a ROUTER is the disconnect message it was given for its peers
     * ({@code ZMQ_DISCONNECT_MSG}): routing id and marker, which no request can look like.
     *
     * @param frames a message read
     * @return true for a peer's disconnect
     */
    static boolean isDisconnect(byte[][] frames) {
        return frames.length == 2 && Arrays.equals(frames[1], DISCONNECTED);
    }

    /** Closes the monitor's reading end, then the socket. */
    @Override
    public void close() {
        monitor.close(context);
        // With the linger the outbox set: what ZeroMQ still holds gets that long to leave.
        socket.close();
    }
}
