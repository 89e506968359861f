package io.zmqrpc.cli.proxy;

import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.connect.RawSockets;
import io.zmqrpc.cli.options.Endpoint;
import io.zmqrpc.runtime.transport.CurveSettings;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zeromq.ZMsg;
import org.zeromq.ZProxy;

/**
 * A ROUTER frontend and a DEALER backend joined by JeroMQ's {@link ZProxy}, whose pump counts what
 * it forwards each way. The sockets are bound on the calling thread, so that a bad or busy
 * address fails the command at once; ZProxy's actor thread then owns them.
 */
final class QueueDevice implements AutoCloseable {

    private final ZContext context;
    private final ZProxy proxy;
    private final String frontendEndpoint;
    private final String backendEndpoint;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong replies = new AtomicLong();
    private boolean closed;

    private QueueDevice(ZContext context, ZMQ.Socket frontend, ZMQ.Socket backend) {
        this.context = context;
        this.frontendEndpoint = frontend.getLastEndpoint();
        this.backendEndpoint = backend.getLastEndpoint();
        ZProxy.Pump counting = new ZProxy.ZPump((msg, from, to) -> count(msg, from));
        this.proxy = new ZProxy(context, "zmqrpc-proxy", new BoundSockets(frontend, backend), counting, null);
        proxy.start(true);
    }

    static QueueDevice start(Endpoint frontend, Endpoint backend, CurveSettings curve, Duration heartbeat) {
        ZContext context = new ZContext(1);
        try {
            ZMQ.Socket front = bound(context, SocketType.ROUTER, frontend, curve, heartbeat);
            ZMQ.Socket back = bound(context, SocketType.DEALER, backend, null, heartbeat);
            return new QueueDevice(context, front, back);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private static ZMQ.Socket bound(ZContext context, SocketType type, Endpoint endpoint, CurveSettings curve,
            Duration heartbeat) {
        ZMQ.Socket socket = RawSockets.create(context, type);
        socket.setLinger(0);
        if (heartbeat != null) {
            int interval = (int) Math.min(Integer.MAX_VALUE / 3, Math.max(1, heartbeat.toMillis()));
            socket.setHeartbeatIvl(interval);
            socket.setHeartbeatTimeout(3 * interval);
            socket.setHeartbeatTtl(3 * interval);
        }
        if (curve != null) {
            curve.apply(socket);
        }
        try {
            socket.bind(endpoint.address());
        } catch (ZMQException e) {
            throw CliException.unreachable("cannot bind " + endpoint + ": " + e.getMessage());
        }
        return socket;
    }

    private ZMsg count(ZMsg msg, ZProxy.Plug from) {
        (from == ZProxy.Plug.FRONT ? requests : replies).incrementAndGet();
        return msg;
    }

    String frontend() {
        return frontendEndpoint;
    }

    String backend() {
        return backendEndpoint;
    }

    long requests() {
        return requests.get();
    }

    long replies() {
        return replies.get();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            proxy.exit();
            context.close();
        }
    }

    /** Hands ZProxy the sockets bound already. */
    private static final class BoundSockets extends ZProxy.Proxy.SimpleProxy {
        private final ZMQ.Socket frontend;
        private final ZMQ.Socket backend;

        BoundSockets(ZMQ.Socket frontend, ZMQ.Socket backend) {
            this.frontend = frontend;
            this.backend = backend;
        }

        @Override
        public ZMQ.Socket create(ZContext ctx, ZProxy.Plug place, Object... args) {
            return switch (place) {
                case FRONT -> frontend;
                case BACK -> backend;
                case CAPTURE -> null;
            };
        }

        @Override
        public boolean configure(ZMQ.Socket socket, ZProxy.Plug place, Object... args) {
            return true;
        }
    }
}
