package io.zmqrpc.cli.connect;

import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.options.CurveOptions;
import io.zmqrpc.cli.options.Endpoint;
import io.zmqrpc.runtime.transport.CurveSettings;
import io.zmqrpc.runtime.wire.ValueCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The sending socket of {@code notify} (PUSH) and {@code publish} (XPUB, which also reads the
 * subscriptions that reach it), in a context of its own whose linger is the command's wait: the
 * process exits right after sending, and a message still queued in ZeroMQ (its peer not connected
 * yet, or its bytes not yet written) must get that long to leave rather than be dropped with the
 * context. The frames are aiozmq's: {@code [name, args, kwargs]}, after the topic for pub/sub.
 */
public final class OneWaySocket implements AutoCloseable {

    private final ZContext context;
    private final ZMQ.Socket socket;

    private OneWaySocket(ZContext context, ZMQ.Socket socket) {
        this.context = context;
        this.socket = socket;
    }

    /**
     * Opens a PUSH or XPUB socket.
     *
     * @param type {@link SocketType#PUSH} or {@link SocketType#XPUB}
     * @param endpoint where to connect, or what to bind
     * @param bind true to bind
     * @param linger how long a closing socket may still send
     * @param curve CURVE client keys, or empty
     * @return the socket
     * @throws CliException (exit 3) when the endpoint cannot be bound
     */
    public static OneWaySocket open(SocketType type, Endpoint endpoint, boolean bind, Duration linger,
            Optional<CurveOptions.ClientKeys> curve) {
        ZContext context = new ZContext(1);
        context.setLinger((int) Math.min(Integer.MAX_VALUE, linger.toMillis()));
        try {
            ZMQ.Socket socket = RawSockets.create(context, type);
            curve.ifPresent(k -> CurveSettings.client(k.publicKey(), k.secretKey(), k.serverKey()).apply(socket));
            if (bind) {
                socket.bind(endpoint.address());
            } else {
                socket.connect(endpoint.address());
            }
            return new OneWaySocket(context, socket);
        } catch (ZMQException | IllegalArgumentException e) {
            context.close();
            throw CliException.unreachable("cannot open " + endpoint + ": " + e.getMessage());
        }
    }

    /**
     * Waits until a subscription that the topic starts with has reached this XPUB socket.
     *
     * @param topic the topic about to be published
     * @param timeout how long to wait
     * @return whether one arrived in time
     */
    public boolean awaitSubscription(byte[] topic, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        ZMQ.Poller poller = context.createPoller(1);
        poller.register(socket, ZMQ.Poller.POLLIN);
        try {
            for (long left; (left = deadline - System.nanoTime()) > 0; ) {
                if (poller.poll(Math.max(1, left / 1_000_000)) > 0) {
                    byte[] message = socket.recv(ZMQ.DONTWAIT);
                    // an XPUB reads 0x01 + prefix for each subscription, 0x00 + prefix when one ends
                    if (message != null && message.length > 0 && message[0] == 1 && startsWith(topic, message)) {
                        return true;
                    }
                }
            }
            return false;
        } finally {
            poller.close();
        }
    }

    private static boolean startsWith(byte[] topic, byte[] subscription) {
        int length = subscription.length - 1;
        if (length > topic.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (topic[i] != subscription[i + 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sends one call, blocking while the peer's queue is full.
     *
     * @param topic the topic for pub/sub, or null for a pipeline
     * @param method the remote method
     * @param args positional arguments
     * @param kwargs keyword arguments
     * @throws CliException (exit 2) when a value cannot be encoded; nothing is sent then
     */
    public void send(byte[] topic, String method, List<Object> args, Map<String, Object> kwargs) {
        byte[] argFrame;
        byte[] kwargFrame;
        try {
            argFrame = ValueCodec.DEFAULT.encodeArgs(args);
            kwargFrame = ValueCodec.DEFAULT.encodeKwargs(kwargs);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("cannot send the arguments: " + e.getMessage());
        }
        if (topic != null) {
            socket.sendMore(topic);
        }
        socket.sendMore(method.getBytes(StandardCharsets.UTF_8));
        socket.sendMore(argFrame);
        socket.send(kwargFrame);
    }

    /** Closes the socket; queued messages get the linger to leave. */
    @Override
    public void close() {
        context.close();
    }
}
