package io.zmqrpc.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A ZeroMQ ROUTER-to-DEALER device between a client and a server that records the frames it
 * passes each way, as a broker would see them: what a client sent (its identity first), and what
 * the server answered. One thread owns both sockets, from start to close.
 */
public final class FrameRecorder implements AutoCloseable {

    private final List<byte[][]> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<byte[][]> replies = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch bound = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean stopped;
    private volatile String endpoint;

    /**
     * Starts the device.
     *
     * @param server the server endpoint its DEALER connects to
     */
    public FrameRecorder(String server) {
        thread = new Thread(() -> run(server), "frame-recorder");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!bound.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the frame recorder did not bind within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void run(String server) {
        try (ZContext context = new ZContext(1)) {
            ZMQ.Socket frontend = context.createSocket(SocketType.ROUTER);
            ZMQ.Socket backend = context.createSocket(SocketType.DEALER);
            frontend.setLinger(0);
            backend.setLinger(0);
            frontend.bind("tcp://127.0.0.1:*");
            backend.connect(server);
            endpoint = frontend.getLastEndpoint();
            bound.countDown();
            ZMQ.Poller poller = context.createPoller(2);
            poller.register(frontend, ZMQ.Poller.POLLIN);
            poller.register(backend, ZMQ.Poller.POLLIN);
            while (!stopped) {
                poller.poll(50);
                if (poller.pollin(0)) {
                    requests.add(pass(frontend, backend));
                }
                if (poller.pollin(1)) {
                    replies.add(pass(backend, frontend));
                }
            }
        }
    }

    /** Moves one multipart message across, frame by frame; returns its frames. */
    private static byte[][] pass(ZMQ.Socket from, ZMQ.Socket to) {
        List<byte[]> frames = new ArrayList<>();
        do {
            frames.add(from.recv());
        } while (from.hasReceiveMore());
        for (int i = 0; i < frames.size(); i++) {
            to.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
        return frames.toArray(byte[][]::new);
    }

    /** @return where clients connect */
    public String endpoint() {
        return endpoint;
    }

    /** @return the requests passed so far, each as the ROUTER read it (the client's identity first) */
    public List<byte[][]> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** @return the replies passed so far, each as the server sent it (the routing envelope first) */
    public List<byte[][]> replies() {
        synchronized (replies) {
            return List.copyOf(replies);
        }
    }

    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
