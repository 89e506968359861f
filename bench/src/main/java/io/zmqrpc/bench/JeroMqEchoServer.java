package io.zmqrpc.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A ROUTER socket that sends every message straight back to its sender, on a thread of its own.
 * The thread owns the socket from creation to close, and is stopped by a flag it polls between
 * receive timeouts rather than by an interrupt (JeroMQ is not interrupt-safe).
 */
final class JeroMqEchoServer implements AutoCloseable {

    private static final int POLL_MILLIS = 100;

    private final Thread thread;
    private final String endpoint;
    private volatile boolean running = true;

    JeroMqEchoServer(ZContext context) throws InterruptedException, ExecutionException {
        CompletableFuture<String> bound = new CompletableFuture<>();
        thread = new Thread(() -> serve(context, bound), "jeromq-echo-server");
        thread.start();
        endpoint = bound.get();
    }

    /** The endpoint the server listens on, with the port the system picked. */
    String endpoint() {
        return endpoint;
    }

    private void serve(ZContext context, CompletableFuture<String> bound) {
        try (ZMQ.Socket router = context.createSocket(SocketType.ROUTER)) {
            router.setLinger(0);
            router.setReceiveTimeOut(POLL_MILLIS);
            router.bind("tcp://127.0.0.1:*");
            bound.complete(router.getLastEndpoint());
            while (running) {
                echoOne(router);
            }
        } catch (RuntimeException e) {
            // Fails the constructor when binding failed; a no-op once the server was running.
            bound.completeExceptionally(e);
            throw e;
        }
    }

    /** Echoes one message of any number of frames; returns at once when none came in time. */
    private static void echoOne(ZMQ.Socket router) {
        byte[] frame = router.recv(0);
        if (frame == null) {
            return;
        }
        // The rest of a multipart message is already there: ZeroMQ delivers messages whole.
        while (router.hasReceiveMore()) {
            router.send(frame, ZMQ.SNDMORE);
            frame = router.recv(0);
        }
        router.send(frame, 0);
    }

    @Override
    public void close() {
        running = false;
        // Wait even when interrupted: the context must not close the socket under the thread's
        // feet, and the thread stops on its own within one receive timeout.
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
