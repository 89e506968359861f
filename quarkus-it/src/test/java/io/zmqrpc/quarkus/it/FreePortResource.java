package io.zmqrpc.quarkus.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Picks a free port on 127.0.0.1 and sets the configuration keys the application reads at start:
 * where the endpoint binds (zmqrpc's override key) and where the clients connect (a placeholder).
 */
public class FreePortResource implements QuarkusTestResourceLifecycleManager {

    /** The system property carrying the address to the tests. */
    static final String ADDRESS = "greeter.address";

    @Override
    public Map<String, String> start() {
        String address = "tcp://127.0.0.1:" + freePort();
        return Map.of(ADDRESS, address, "zmqrpc.server.Greeter.bind", address);
    }

    @Override
    public void stop() {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
