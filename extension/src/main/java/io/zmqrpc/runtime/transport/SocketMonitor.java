package io.zmqrpc.runtime.transport;

import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The monitor of a loop's socket: the connection and handshake events JeroMQ reports, decoded and
 * handed to the watchers that asked for them, on the loop thread.
 *
 * <p>JeroMQ allows one monitor per socket, so a socket has one of these and every party that wants
 * events adds a watcher with the events it wants ({@link #watch}) while the socket opens
 * ({@link SocketLoop.Listener#opening}); the monitor asks JeroMQ for all of them together and gives
 * each watcher only its own. It is started before the socket binds or connects, so it sees every
 * connection, and its reading end (a PAIR socket) is connected at once: JeroMQ's monitor sends
 * block, on JeroMQ's I/O thread, until they can be queued. A socket nobody watches gets no monitor.
 */
public final class SocketMonitor {

    private static final System.Logger LOG = System.getLogger(SocketMonitor.class.getName());
    private static final AtomicLong MONITORS = new AtomicLong();
    /** JeroMQ's flag for an event that carries an integer value (an error code, an interval, ...). */
    private static final int INTEGER_VALUE = 1;

    /**
     * One decoded event.
     *
     * @param type the event, one of {@code ZMQ.EVENT_*}
     * @param address the endpoint it concerns (the peer's or the one bound or connected)
     * @param value the event's integer value where it has one (for a failed handshake, the ZMTP
     *     protocol error), empty otherwise
     */
    public record Event(int type, String address, OptionalInt value) {

        /**
         * Decodes JeroMQ's encoding: int event, byte address length, address, byte flag, then a
         * four-byte value for flags 1 (an integer) and 2 (a channel's handle, of no use here).
         *
         * @param message the monitor message
         * @return the event
         */
        static Event decode(byte[] message) {
            ByteBuffer buffer = ByteBuffer.wrap(message);
            int type = buffer.getInt();
            byte[] address = new byte[buffer.get() & 0xff];
            buffer.get(address);
            int flag = buffer.hasRemaining() ? buffer.get() : 0;
            OptionalInt value = flag == INTEGER_VALUE && buffer.remaining() >= 4
                    ? OptionalInt.of(buffer.getInt()) : OptionalInt.empty();
            return new Event(type, new String(address, StandardCharsets.UTF_8), value);
        }
    }

    /** Receives the events it asked for, on the loop thread; it must not block. */
    @FunctionalInterface
    public interface Watcher {

        /**
         * One event.
         *
         * @param event the event
         */
        void onEvent(Event event);
    }

    private record Watch(int events, Watcher watcher) {
    }

    private final String name;
    private final List<Watch> watches = new ArrayList<>();
    private ZMQ.Socket reader;

    SocketMonitor(String name) {
        this.name = name;
    }

    /**
     * Adds a watcher; only while the socket opens (in {@link SocketLoop.Listener#opening}).
     *
     * @param events the events it wants, {@code ZMQ.EVENT_*} or-ed together
     * @param watcher who receives them
     * @throws IllegalArgumentException when no event is asked for
     * @throws IllegalStateException when the monitor runs already
     */
    public void watch(int events, Watcher watcher) {
        if (events == 0) {
            throw new IllegalArgumentException(name + ": a monitor watcher must ask for some event");
        }
        if (reader != null) {
            throw new IllegalStateException(name + ": watchers are added while the socket opens, not later");
        }
        watches.add(new Watch(events, watcher));
    }

    /**
     * Starts monitoring the socket if anyone watches; before it binds or connects.
     *
     * @param context the context of the socket
     * @param socket the monitored socket
     */
    void start(ZContext context, ZMQ.Socket socket) {
        if (watches.isEmpty()) {
            return;
        }
        int events = 0;
        for (Watch watch : watches) {
            events |= watch.events();
        }
        String address = "inproc://zmqrpc-monitor-" + MONITORS.incrementAndGet();
        if (!socket.monitor(address, events)) {
            throw new IllegalStateException(name + ": cannot monitor the socket");
        }
        reader = context.createSocket(SocketType.PAIR);
        reader.setLinger(0);
        reader.connect(address);
    }

    /**
     * Registers the reading end, if the monitor runs, with the loop's idling: events always wake
     * the loop, whether it reads its socket or not.
     *
     * @param idling where the loop sleeps
     */
    void watchedBy(Idling idling) {
        if (reader != null) {
            idling.alwaysWatch(reader);
        }
    }

    /**
     * Whether events wait to be read.
     *
     * @return true when {@link #read()} has something to hand out
     */
    boolean hasInput() {
        return reader != null && (reader.getEvents() & ZMQ.Poller.POLLIN) != 0;
    }

    /** Hands every waiting event to the watchers that asked for it, without blocking. */
    void read() {
        if (reader == null) {
            return;
        }
        for (byte[] message; (message = reader.recv(ZMQ.DONTWAIT)) != null; ) {
            Event event = Event.decode(message);
            for (Watch watch : watches) {
                if ((watch.events() & event.type()) != 0) {
                    deliver(watch.watcher(), event);
                }
            }
        }
    }

    private void deliver(Watcher watcher, Event event) {
        try {
            watcher.onEvent(event);
        } catch (RuntimeException e) {
            // A watcher's failure must not stop the socket it watches.
            LOG.log(Level.WARNING, "zmqrpc " + name + ": a socket monitor watcher failed", e);
        }
    }

    /**
     * Closes the reading end; before the monitored socket closes.
     *
     * @param context the context of the socket
     */
    void close(ZContext context) {
        if (reader != null) {
            context.destroySocket(reader);
        }
    }
}
