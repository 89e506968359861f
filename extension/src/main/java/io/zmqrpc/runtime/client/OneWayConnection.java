package io.zmqrpc.runtime.client;

import io.zmqrpc.ServiceClosedException;
import io.zmqrpc.runtime.RpcOptions;
import io.zmqrpc.runtime.transport.SocketConfig;
import io.zmqrpc.runtime.transport.SocketLoop;
import io.zmqrpc.runtime.transport.SocketMonitor;
import io.zmqrpc.runtime.transport.SocketOptions;
import io.zmqrpc.runtime.wire.ExtTypes;
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

    private final RpcOptions options;
    private final ValueCodec codec;
    private final SocketLoop loop;
    private final SocketLoop.Listener inbound;
    private volatile boolean closed;

    OneWayConnection(SocketType type, RpcOptions options, SocketLoop.Listener inbound) {
        this.options = options;
        this.inbound = inbound;
        this.codec = new ValueCodec(new ExtTypes(options.translators()), options.decodeLimits());
        this.loop = SocketLoop.start(new SocketConfig(options.name(), type, options.bindEndpoints(),
                options.connectEndpoints(), SocketOptions.from(options), options.spin()), this);
    }

    SocketLoop loop() {
        return loop;
    }

    void send(byte[] topic, String name, List<?> args, Map<String, ?> kwargs) {
        byte[] argBytes = codec.encodeArgs(args);
        byte[] kwargBytes = codec.encodeKwargs(kwargs);
        if (closed) {
            throw new ServiceClosedException("client " + options.name() + " is closed");
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        loop.send(topic == null ? new byte[][] {nameBytes, argBytes, kwargBytes}
                : new byte[][] {topic, nameBytes, argBytes, kwargBytes});
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
        if (!closed) {
            closed = true;
            loop.close(options.linger());
        }
    }
}
