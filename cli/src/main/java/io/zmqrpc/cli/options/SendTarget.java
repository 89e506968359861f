package io.zmqrpc.cli.options;

import io.zmqrpc.cli.connect.OneWaySocket;
import java.time.Duration;
import org.zeromq.SocketType;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the one-way commands ({@code notify}, {@code publish}) start with: the ENDPOINT (the first
 * positional parameter), {@code --bind} and the CURVE options.
 */
public final class SendTarget {

    @Parameters(index = "0", paramLabel = "ENDPOINT", description = "The peer (or, with --bind, where to bind).")
    Endpoint endpoint;

    @Option(names = "--bind", description = "Bind ENDPOINT and let the peers connect, instead of connecting.")
    boolean bind;

    @Mixin
    CurveOptions curve;

    /** @return the endpoint */
    public Endpoint endpoint() {
        return endpoint;
    }

    /**
     * Opens the sending socket.
     *
     * @param type PUSH or XPUB
     * @param linger how long a message may wait to leave when the socket closes
     * @return the socket
     */
    public OneWaySocket open(SocketType type, Duration linger) {
        return OneWaySocket.open(type, endpoint, bind, linger, curve.keys());
    }
}
