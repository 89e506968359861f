package io.zmqrpc.runtime.transport;

import java.lang.System.Logger.Level;
import java.nio.channels.SelectableChannel;
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
    /** The events whose value JeroMQ encodes as a channel (its flag 2) and resolves when it reads them. */
    private static final int CHANNEL_EVENTS = ZMQ.EVENT_CONNECTED | ZMQ.EVENT_LISTENING | ZMQ.EVENT_ACCEPTED
            | ZMQ.EVENT_CLOSED | ZMQ.EVENT_DISCONNECTED;

    /**
     * One decoded event.
     *
     * @param type the event, one of {@code ZMQ.EVENT_*}
     * @param address the endpoint it concerns (the peer's or the one bound or connected)
     * @param value the event's integer value where it has one (for a failed handshake, the ZMTP
     *     protocol error), empty otherwise
     * @param channel the connection's or listener's channel for the events that carry one
     *     (connected, listening, accepted, closed, disconnected), or null when the event has none or
     *     JeroMQ no longer holds it
     */
    public record Event(int type, String address, OptionalInt value, SelectableChannel channel) {

        /**
         * Decodes what {@link ZMQ.Event#recv(ZMQ.Socket, int)} read. JeroMQ encodes a channel as an
         * integer handle into the context, which that method resolves; it is resolved at once
         * because JeroMQ holds the channel for the event only weakly. An unresolved handle is no
         * integer value of the event, so the events that carry a channel never have one.
         *
         * @param event the event read
         * @return the event
         */
        static Event of(ZMQ.Event event) {
            int type = event.getEvent();
            if ((type & CHANNEL_EVENTS) != 0) {
                Object resolved = event.resolveValue();
                return new Event(type, event.getAddress(), OptionalInt.empty(),
                        resolved instanceof SelectableChannel channel ? channel : null);
            }
            OptionalInt value = event.getValue() instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty();
            return new Event(type, event.getAddress(), value, null);
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
    private ZMQ.Socket monitored;
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
        monitored = socket;
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
        for (ZMQ.Event read; (read = ZMQ.Event.recv(reader, ZMQ.DONTWAIT)) != null; ) {
            Event event = Event.of(read);
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
     * Stops the monitor and closes the reading end; before the monitored socket closes.
     *
     * @param context the context of the socket
     */
    void close(ZContext context) {
        if (monitored != null) {
            // Stopped first: JeroMQ sends an event with a blocking send, on the I/O thread the whole
            // process shares, so an event for a socket whose reading end is gone (a handshake that
            // completes while the socket closes) would block that thread for good.
            monitored.monitor(null, 0);
        }
        if (reader != null) {
            context.destroySocket(reader);
        }
    }
}
