package io.zmqrpc.runtime.client;

import io.zmqrpc.ServiceClosedException;
import io.zmqrpc.runtime.RpcOptions;
import io.zmqrpc.runtime.transport.SocketConfig;
import io.zmqrpc.runtime.transport.SocketLoop;
import io.zmqrpc.runtime.transport.SocketOptions;
import io.zmqrpc.runtime.wire.ExtTypes;
import io.zmqrpc.runtime.wire.ValueCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.zeromq.SocketType;

/**
 * The sending side of pipeline (PUSH) and pub/sub (PUB): encodes a call on the caller's thread and
 * queues its frames, with the topic frame first for pub/sub. Nothing is ever read back.
 */
final class OneWayConnection implements SocketLoop.Listener {

    private final RpcOptions options;
    private final ValueCodec codec;
    private final SocketLoop loop;
    private volatile boolean closed;

    OneWayConnection(SocketType type, RpcOptions options) {
        this.options = options;
        this.codec = new ValueCodec(new ExtTypes(options.translators()), options.decodeLimits());
        this.loop = SocketLoop.start(new SocketConfig(options.name(), type, options.bindEndpoints(),
                options.connectEndpoints(), SocketOptions.from(options)), this);
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
        // PUSH and PUB sockets never receive.
    }

    /** Never read: recv on a PUSH or PUB socket throws UnsupportedOperationException in JeroMQ. */
    @Override
    public boolean readable() {
        return false;
    }

    void close() {
        if (!closed) {
            closed = true;
            loop.close(options.linger());
        }
    }
}
