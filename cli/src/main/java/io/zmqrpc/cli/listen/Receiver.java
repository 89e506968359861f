package io.zmqrpc.cli.listen;

import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.connect.RawSockets;
import io.zmqrpc.cli.options.Endpoint;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zeromq.ZMsg;

/**
 * The listening socket, in a context of its own, read by the calling thread until stopped. It
 * polls in short turns so that {@link #stop()} (from a shutdown hook) ends it promptly.
 */
final class Receiver implements AutoCloseable {

    private static final int POLL_MILLIS = 100;

    private final ZContext context;
    private final ZMQ.Socket socket;
    private final boolean pipeline;
    private final String endpoint;
    private volatile boolean stopping;
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);

    private Receiver(ZContext context, ZMQ.Socket socket, boolean pipeline, String endpoint) {
        this.context = context;
        this.socket = socket;
        this.pipeline = pipeline;
        this.endpoint = endpoint;
    }

    static Receiver open(boolean pipeline, List<String> topics, Endpoint endpoint, boolean bind) {
        ZContext context = new ZContext(1);
        try {
            ZMQ.Socket socket = RawSockets.create(context, pipeline ? SocketType.PULL : SocketType.SUB);
            socket.setLinger(0);
            topics.forEach(t -> socket.subscribe(t.getBytes(StandardCharsets.UTF_8)));
            if (bind) {
                socket.bind(endpoint.address());
            } else {
                socket.connect(endpoint.address());
            }
            String actual = bind ? socket.getLastEndpoint() : endpoint.address();
            return new Receiver(context, socket, pipeline, actual);
        } catch (ZMQException | IllegalArgumentException e) {
            context.close();
            throw CliException.unreachable("cannot " + (bind ? "bind " : "connect to ") + endpoint + ": "
                    + e.getMessage());
        }
    }

    String endpoint() {
        return endpoint;
    }

    /**
     * Prints notifications until {@code max} arrived, the time is up, or {@link #stop()}.
     *
     * @return how many were printed
     */
    long run(long max, Duration timeout, PrintWriter out, PrintWriter err) {
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        long received = 0;
        ZMQ.Poller poller = context.createPoller(1);
        poller.register(socket, ZMQ.Poller.POLLIN);
        try {
            while (received < max && !stopping && System.nanoTime() - deadline < 0) {
                if (poller.poll(POLL_MILLIS) <= 0) {
                    continue;
                }
                for (ZMsg msg; received < max && (msg = ZMsg.recvMsg(socket, ZMQ.DONTWAIT)) != null; ) {
                    try {
                        out.println(Notifications.toJsonLine(msg, pipeline));
                        out.flush();
                        received++;
                    } catch (IllegalArgumentException e) {
                        err.println("zmqrpc listen: skipped a message: " + e.getMessage());
                        err.flush();
                    }
                }
            }
            return received;
        } finally {
            poller.close();
            stopped.countDown();
        }
    }

    /** Ends {@link #run} and waits briefly for it, so that what it printed is flushed. */
    void stop() {
        stopping = true;
        try {
            stopped.await(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
