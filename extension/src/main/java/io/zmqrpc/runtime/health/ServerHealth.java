package io.zmqrpc.runtime.health;

import io.zmqrpc.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a server reports of its health at one moment: whether it serves, drains (closing: it reads
 * no more requests and lets the calls in flight finish) or is closed, whether its socket thread
 * runs, where it is bound or connected, and how many calls it has in flight. It is
 * {@linkplain #up() up} when it serves, its socket thread runs and it has an endpoint.
 *
 * @param name the server's name ({@code ServerOptions.name}; in CDI the endpoint beans' names
 *     joined by {@code +})
 * @param pattern the pattern served
 * @param state serving, draining or closed
 * @param socketThreadAlive whether the thread that reads the socket still runs
 * @param endpoints the endpoints bound, wildcard ports resolved, then those connected to; empty
 *     once closed
 * @param inFlight the calls running or with their reply held, at that moment
 */
public record ServerHealth(String name, Pattern pattern, State state, boolean socketThreadAlive,
        List<String> endpoints, int inFlight) {

    /** Where a server is in its life. */
    public enum State {
        /** Reading requests and answering them. */
        SERVING,
        /** Closing: no more requests are read, the calls in flight may finish. */
        DRAINING,
        /** Closed: the socket is gone. */
        CLOSED;

        /**
         * The state as the wire and the health checks spell it.
         *
         * @return {@code serving}, {@code draining} or {@code closed}
         */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Checks the components and copies the endpoints.
     */
    public ServerHealth {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(state, "state");
        endpoints = List.copyOf(endpoints);
    }

    /**
     * Each condition of being up, by the name the wire and the health checks give it, in this
     * order: {@code serving} (not draining, not closed), {@code endpoints} (bound or connected to
     * at least one), {@code socket-thread} (alive).
     *
     * @return the conditions and whether each holds
     */
    public Map<String, Boolean> checks() {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("serving", state == State.SERVING);
        checks.put("endpoints", !endpoints.isEmpty());
        checks.put("socket-thread", socketThreadAlive);
        return checks;
    }

    /**
     * Whether every condition of {@link #checks()} holds: the server can take calls.
     *
     * @return true when up
     */
    public boolean up() {
        return !checks().containsValue(false);
    }
}
