package io.zmqrpc.runtime;

import io.zmqrpc.Pattern;
import io.zmqrpc.runtime.health.ServerHealth;
import java.time.Duration;
import java.util.List;

/**
 * A running server of any pattern, as returned by {@link ZmqRpc}. It serves from the moment it is
 * returned until {@link #close()}.
 */
public interface RpcServer extends AutoCloseable {

    /**
     * The endpoints the server is bound to, wildcard ports resolved ({@code tcp://127.0.0.1:*}
     * reports the real port), then those it connected to.
     *
     * @return the endpoints
     */
    List<String> endpoints();

    /**
     * The pattern served.
     *
     * @return the pattern
     */
    Pattern pattern();

    /**
     * How many calls are running right now.
     *
     * @return the count
     */
    int inFlight();

    /**
     * The server's health right now: serving, draining or closed, its socket thread alive, its
     * endpoints. What {@code _zmqrpc.health} answers and the MicroProfile Health checks report.
     *
     * @return the health
     */
    ServerHealth health();

    /** Closes with the configured shutdown grace. */
    @Override
    void close();

    /**
     * Stops reading, lets calls in flight finish within {@code grace}, answers those still running
     * with {@link io.zmqrpc.ServiceClosedException} (request/reply), then closes the socket.
     * Returns when done; never hangs.
     *
     * @param grace how long calls in flight may still run
     */
    void close(Duration grace);

    /**
     * Waits until the server is closed.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void awaitClosed() throws InterruptedException;

    /**
     * Waits at most {@code timeout} until the server is closed.
     *
     * @param timeout the longest wait
     * @return true when it is closed
     * @throws InterruptedException when the waiting thread is interrupted
     */
    boolean awaitClosed(Duration timeout) throws InterruptedException;
}
