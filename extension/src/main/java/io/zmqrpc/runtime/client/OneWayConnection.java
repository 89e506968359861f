package io.zmqrpc.runtime.client;

import io.zmqrpc.Pattern;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.Side;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.observe.Observation;
import io.zmqrpc.runtime.observe.Outcomes;
import io.zmqrpc.runtime.transport.SocketLoop;
import io.zmqrpc.runtime.transport.SocketMonitor;
import io.zmqrpc.runtime.wire.Framing;
import io.zmqrpc.runtime.wire.Message;
import io.zmqrpc.runtime.wire.ValueCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The sending side of pipeline (PUSH) and pub/sub (XPUB): encodes a call on the caller's thread and
 * queues its frames, with the topic frame first for pub/sub. No call is ever answered; what the
 * socket reads (an XPUB's subscription messages) and its monitor's events go to an optional
 * inbound listener.
 */
final class OneWayConnection implements SocketLoop.Listener {

    private final ValueCodec codec;
    private final Framing framing;
    private final SocketLoop.Listener inbound;
    private final ClientSocket socket;
    /** Notifications queued and not yet on the socket; a PUSH with no room keeps them. */
    private final Room room;
    private final long timeoutNanos;
    private final Observation observation;

    OneWayConnection(SocketType type, Framing framing, ClientOptions options, SocketLoop.Listener inbound) {
        this.codec = options.codec();
        this.framing = framing;
        this.inbound = inbound;
        this.room = new Room(options.maxPendingCalls(), options.name());
        this.timeoutNanos = options.timeout().toNanos();
        this.socket = new ClientSocket(type, options, this);
        this.observation = new Observation(Side.CLIENT, framing == Framing.PUBSUB ? Pattern.PUBSUB : Pattern.PIPELINE,
                options.name(), options.listeners(), socket::endpoints);
    }

    List<String> endpoints() {
        return socket.endpoints();
    }

    /**
     * Encodes and queues a notification. When {@code maxPendingCalls} notifications are queued
     * already (a PUSH whose peers' pipes are full, or that has no peer yet, keeps them), the caller
     * waits for room up to the client's timeout, then gets {@link io.zmqrpc.RpcTimeoutException}
     * with nothing sent: notifications are slowed down, never dropped by zmqrpc. Observers see the
     * notification from its encoding to its queueing.
     */
    void send(byte[] topic, String name, List<?> args, Map<String, ?> kwargs) {
        long start = System.nanoTime();
        long deadline = start + timeoutNanos;
        byte[] argBytes = codec.encodeArgs(args);
        byte[] kwargBytes = codec.encodeKwargs(kwargs);
        CallObserver observer = observation.active()
                ? observation.start(name, null, argBytes.length + kwargBytes.length, Map.of(), null) : null;
        try {
            socket.checkOpen();
            room.enter("notification " + name, deadline);
            socket.send(framing.frame(Message.oneWay(topic, name.getBytes(StandardCharsets.UTF_8), argBytes,
                    kwargBytes)));
        } catch (RuntimeException | Error e) {
            if (observer != null) {
                observer.ended(Outcomes.client(e, start, 0));
            }
            throw e;
        }
        if (observer != null) {
            observer.ended(Outcomes.client(null, start, 0));
        }
    }

    @Override
    public void onSent(int count) {
        room.leave(count);
    }

    @Override
    public void onMessage(byte[][] frames) {
        if (inbound != null) {
            inbound.onMessage(frames);
        }
    }

    /** A PUSH socket cannot receive at all (JeroMQ throws), so only an XPUB with a listener is read. */
    @Override
    public boolean readable() {
        return inbound != null;
    }

    @Override
    public void opening(ZMQ.Socket socket, SocketMonitor monitor) {
        if (inbound != null) {
            inbound.opening(socket, monitor);
        }
    }

    void close() {
        socket.close(socket.options().socket().linger());
    }
}
