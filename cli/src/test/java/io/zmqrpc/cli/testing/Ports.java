package io.zmqrpc.cli.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free TCP ports on 127.0.0.1, for commands that bind an endpoint the test must know in advance. */
public final class Ports {

    private Ports() {
    }

    /** @return {@code tcp://127.0.0.1:<a port free right now>} */
    public static String freeEndpoint() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "tcp://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
