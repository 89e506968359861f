package io.zmqrpc.example.it.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Ports on 127.0.0.1 that nothing listens on, so that tests never collide with each other, with a
 * developer's running server, or with a CI neighbour.
 */
public final class FreePorts {

    private FreePorts() {
    }

    /**
     * A port the system just handed out as free.
     *
     * @return the port
     */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The port of a {@code tcp://host:port} endpoint.
     *
     * @param endpoint the endpoint
     * @return its port
     */
    public static int portOf(String endpoint) {
        return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }

    /**
     * Whether a port can be bound on loopback right now. A server listening on 0.0.0.0 makes this
     * false as well.
     *
     * @param port the port
     * @return true when free
     */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * An offset that moves every one of a server's default ports onto a free port (WildFly's
     * {@code jboss.socket.binding.port-offset}).
     *
     * @param defaultPorts the ports the server would use without an offset
     * @return the offset
     */
    public static int pickOffset(int... defaultPorts) {
        int highest = IntStream.of(defaultPorts).max().orElse(0);
        for (int attempt = 0; attempt < 100; attempt++) {
            // Stay below the usual ephemeral range (32768+), where outgoing connections land.
            int offset = ThreadLocalRandom.current().nextInt(1000, 32000 - highest);
            if (IntStream.of(defaultPorts).allMatch(p -> isFree(p + offset))) {
                return offset;
            }
        }
        throw new IllegalStateException("no port offset leaves all of these free: " + java.util.Arrays.toString(defaultPorts));
    }

    /**
     * Waits until every port can be bound again.
     *
     * @param timeout how long to wait at most
     * @param ports the ports
     * @return true when all were free in time
     * @throws InterruptedException when interrupted
     */
    public static boolean awaitFree(Duration timeout, Collection<Integer> ports) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ports.stream().allMatch(FreePorts::isFree)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }
}
