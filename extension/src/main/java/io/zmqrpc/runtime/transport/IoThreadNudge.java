package io.zmqrpc.runtime.transport;

import java.lang.System.Logger.Level;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * Makes a context's I/O thread run its registration pass again, which registers a channel whose
 * registration was lost (see {@link StalledHandshakes}): the stalled connection then sends its
 * greeting at once, and the messages queued for it leave, none lost and none sent twice.
 *
 * <p>JeroMQ runs that pass whenever a handle is added to or removed from the I/O thread, so a
 * socket bound to a free loopback port and closed at once is enough. That works because the shared
 * context has a single I/O thread ({@link SharedContext}), the one the stalled channel lives on.
 * Nothing of JeroMQ is patched or called beyond its public socket API.
 */
final class IoThreadNudge {

    private static final System.Logger LOG = System.getLogger(IoThreadNudge.class.getName());

    private IoThreadNudge() {
    }

    /**
     * Nudges the shared context's I/O thread; from a socket loop, which holds the context open.
     *
     * @return false if no loopback port could be bound (the handshake interval then redoes the
     *     connection)
     */
    static boolean nudge() {
        ZContext context = SharedContext.acquire();
        ZMQ.Socket socket = context.createSocket(SocketType.PAIR);
        try {
            socket.setLinger(0);
            return socket.bind("tcp://127.0.0.1:*");
        } catch (ZMQException e) {
            LOG.log(Level.WARNING, "zmqrpc could not bind a loopback port to recover a stalled handshake: "
                    + e.getMessage());
            return false;
        } finally {
            context.destroySocket(socket);
            SharedContext.release();
        }
    }
}
