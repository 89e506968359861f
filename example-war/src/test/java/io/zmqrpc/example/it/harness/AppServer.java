package io.zmqrpc.example.it.harness;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** A Jakarta EE server started by a test with one WAR deployed. */
public interface AppServer extends AutoCloseable {

    /**
     * The server's name, for messages.
     *
     * @return the name
     */
    String name();

    /**
     * The deployed application's root, ending with {@code /}, for example
     * {@code http://127.0.0.1:18080/shop/}.
     *
     * @return the application URI
     */
    URI appUri();

    /**
     * Where the server's MicroProfile Health answers, ending with {@code /}: {@code health/ready}
     * and {@code health/live} resolve against it.
     *
     * @return for example {@code http://127.0.0.1:19990/health/}
     */
    URI healthUri();

    /**
     * Starts undeploying the application and returns at once, while the undeploy runs.
     *
     * @throws IOException when the server cannot be told
     */
    void startUndeploy() throws IOException;

    /**
     * Waits until the undeploy {@link #startUndeploy()} began has completed.
     *
     * @param timeout the longest wait
     * @throws AssertionError when it was not undeployed in time
     * @throws InterruptedException when interrupted
     */
    void awaitUndeployed(Duration timeout) throws InterruptedException;

    /**
     * Every port the server listens on, to check they are free again after {@link #stop()}.
     *
     * @return the ports
     */
    List<Integer> ports();

    /**
     * How long it took from launch to the application being deployed and the server ready.
     *
     * @return the boot time
     */
    Duration bootTime();

    /**
     * The server's console output.
     *
     * @return the log
     */
    ProcessLog log();

    /**
     * Undeploys the application (unless {@link #startUndeploy()} did) and stops the server
     * cleanly, bounded in time, keeping what the application logs while it stops.
     *
     * @return how long it took
     * @throws AssertionError when it did not stop in time (it was then killed)
     * @throws InterruptedException when interrupted
     */
    Duration stop() throws InterruptedException;

    /** Kills what is left running, if anything; safe to call at any time and more than once. */
    @Override
    void close();
}
