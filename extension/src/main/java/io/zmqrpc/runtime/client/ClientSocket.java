package io.zmqrpc.runtime.client;

import io.zmqrpc.ServiceClosedException;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.transport.SocketConfig;
import io.zmqrpc.runtime.transport.SocketLoop;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.zeromq.SocketType;

/**
 * The socket of a client of any pattern: opened from the client's options, closed once, and the
 * one place that says a closed client takes no more calls.
 */
final class ClientSocket {

    private final ClientOptions options;
    private final SocketLoop loop;
    private volatile boolean closed;

    ClientSocket(SocketType type, ClientOptions options, SocketLoop.Listener listener) {
        this.options = options;
        this.loop = SocketLoop.start(new SocketConfig(options.name(), type, options.socket()), listener);
    }

    ClientOptions options() {
        return options;
    }

    /** @throws ServiceClosedException when the client is closed */
    void checkOpen() {
        if (closed) {
            throw new ServiceClosedException("client " + options.name() + " is closed");
        }
    }

    boolean isClosed() {
        return closed;
    }

    void send(byte[][] frames) {
        loop.send(frames);
    }

    /** @see SocketLoop#expectInput() */
    void expectInput() {
        loop.expectInput();
    }

    /** @see SocketLoop#tryLead() */
    boolean tryLead() {
        return loop.tryLead();
    }

    /** @see SocketLoop#lead */
    void lead(BooleanSupplier done, long deadlineNanos) {
        loop.lead(done, deadlineNanos);
    }

    List<String> endpoints() {
        return loop.endpoints();
    }

    /**
     * Closes the socket once.
     *
     * @param linger how long queued messages may still leave
     * @return true for the caller that closed it
     */
    boolean close(Duration linger) {
        if (closed) {
            return false;
        }
        closed = true;
        loop.close(linger);
        return true;
    }
}
