package io.zmqrpc.runtime.transport;

import java.lang.System.Logger.Level;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.zeromq.ZMQ;

/**
 * Actions other threads want done on a socket (a subscription change, ...): queued from any thread,
 * run by the socket's owner. One that fails is logged and does not stop the others.
 */
final class SocketCommands {

    private static final System.Logger LOG = System.getLogger(SocketCommands.class.getName());

    private final String name;
    private final Queue<Consumer<ZMQ.Socket>> queued = new ConcurrentLinkedQueue<>();

    /**
     * @param name the socket's thread name, for the logs
     */
    SocketCommands(String name) {
        this.name = name;
    }

    /**
     * Queues an action; safe from any thread.
     *
     * @param command what to do with the socket
     */
    void add(Consumer<ZMQ.Socket> command) {
        queued.add(command);
    }

    boolean isEmpty() {
        return queued.isEmpty();
    }

    /**
     * Runs every queued action, and those queued meanwhile.
     *
     * @param socket the socket
     */
    void runAll(ZMQ.Socket socket) {
        for (Consumer<ZMQ.Socket> command; (command = queued.poll()) != null; ) {
            try {
                command.accept(socket);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "zmqrpc socket command failed on " + name, e);
            }
        }
    }
}
