package io.zmqrpc.bench;

/**
 * A running echo system (server and client, both on loopback) as the benchmark drives it.
 * Closing it stops the client and the server and releases their threads and ports.
 */
public interface EchoSystem extends AutoCloseable {

    /**
     * Runs the scenario's calls back to back, keeping {@link Scenario#inFlight()} outstanding, until
     * {@code maxCalls} have completed or {@code durationNanos} has passed, whichever comes first; then
     * waits for the calls still outstanding, so that the next run starts from a quiet system.
     *
     * @return the number of calls completed
     */
    long closedLoop(Scenario scenario, long maxCalls, long durationNanos) throws Exception;

    /**
     * Measures latency under an open-loop load at {@code ratePerSecond}, through a client of this
     * system that {@code openLoop} drives.
     */
    LatencyResult openLoop(OpenLoop openLoop, int ratePerSecond) throws Exception;

    /** Stops the system; an interrupt while waiting for its threads is passed on, not thrown. */
    @Override
    void close();
}
