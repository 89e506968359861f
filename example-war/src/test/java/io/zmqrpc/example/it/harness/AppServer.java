package io.zmqrpc.example.it.harness;

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
     * Undeploys the application and stops the server cleanly, bounded in time, keeping what the
     * application logs while it stops.
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
