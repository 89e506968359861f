package io.zmqrpc.runtime.transport;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The one thread that owns a JeroMQ socket. It reads messages and hands them to its
 * {@link Listener}, and sends the messages other threads queue with {@link #send(byte[][])}.
 *
 * <p>Other threads never touch the socket, and nobody ever interrupts this thread. They queue
 * messages in its {@code Outbox} and commands for the socket, and wake it ({@code Idling}). Sends
 * never block the loop: when the high-water mark is reached, the rest of the queue waits for the
 * socket to become writable again. The socket's {@link SocketMonitor}, if anyone watches, is read
 * on this thread too.
 */
public final class SocketLoop {

    private static final System.Logger LOG = System.getLogger(SocketLoop.class.getName());
    /** Messages read in a row before the loop turns to its outgoing queue again. */
    private static final int READ_BATCH = 256;

    /** Receives what the loop reads; every method runs on the loop thread. */
    public interface Listener {

        /**
         * One complete multipart message.
         *
         * @param frames the frames
         */
        void onMessage(byte[][] frames);

        /** After a batch of messages was read: a place to hand off coalesced work. */
        default void afterReads() {
        }

        /**
         * Whether the loop may read now; false applies back-pressure (ZeroMQ's high-water marks
         * then push back on the peers). Call {@link #wake()} when it turns true again.
         *
         * @return true to read
         */
        default boolean readable() {
            return true;
        }

        /**
         * Called on every turn of the loop, at least every {@link #pollTimeoutMillis()} ms.
         *
         * @param nanoTime the current {@link System#nanoTime()}
         */
        default void onTick(long nanoTime) {
        }

        /**
         * How long the loop may sleep when idle.
         *
         * @return milliseconds, or -1 for as long as nothing happens
         */
        default long pollTimeoutMillis() {
            return -1;
        }

        /**
         * Prepares the socket for this listener, after the configured options are set and before
         * the socket binds or connects: options of its own, and the events it wants from the
         * socket's monitor ({@link SocketMonitor#watch}).
         *
         * @param socket the socket
         * @param monitor the socket's monitor
         */
        default void opening(ZMQ.Socket socket, SocketMonitor monitor) {
        }

        /**
         * Messages queued with {@link SocketLoop#send} left the socket.
         *
         * @param count how many
         */
        default void onSent(int count) {
        }

        /**
         * A peer of a ROUTER went away (it disconnected, or its pipe was gone when a message to
         * it was sent); the messages kept or queued for it were dropped.
         *
         * @param identity the peer's routing id
         * @param dropped how many messages were dropped
         */
        default void onPeerGone(byte[] identity, int dropped) {
        }
    }

    private final SocketConfig config;
    private final Listener listener;
    private final Outbox outbox;
    private final Outbox.Events outboxEvents;
    private final SocketCommands commands;
    private final Idling idling;
    private final CompletableFuture<List<String>> started = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long lingerMillis;

    /**
     * Opens the socket on a new thread, binds and connects it, and waits until that is done.
     *
     * @param config what to open
     * @param listener who receives what is read
     * @return the running loop
     * @throws IllegalStateException naming the endpoint when a bind or connect fails
     */
    public static SocketLoop start(SocketConfig config, Listener listener) {
        // Handshake recovery (JeroMQ 0.6 poller race): the one hook, wrapping the listener.
        SocketLoop loop = new SocketLoop(config, HandshakeRecovery.around(config, listener));
        loop.thread.start();
        try {
            loop.started.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            loop.close(Duration.ZERO);
            throw new IllegalStateException(config.name() + ": socket did not start", e);
        }
        return loop;
    }

    private SocketLoop(SocketConfig config, Listener listener) {
        this.config = config;
        this.listener = listener;
        this.idling = new Idling(config.settings().spin());
        this.outbox = Outbox.forSocket(config.type());
        this.outboxEvents = new Outbox.Events() {
            @Override
            public void sent(int count) {
                listener.onSent(count);
            }

            @Override
            public void peerGone(byte[] identity, int dropped) {
                listener.onPeerGone(identity, dropped);
            }
        };
        String threadName = "zmqrpc-" + config.name();
        this.commands = new SocketCommands(threadName);
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
    }

    /**
     * The endpoints the socket is bound to, with wildcard ports resolved (so
     * {@code tcp://127.0.0.1:*} tells the real port), followed by those it connected to.
     *
     * @return the endpoints
     */
    public List<String> endpoints() {
        return started.join();
    }

    /**
     * How many queued messages are kept because their peer's pipe was full (a ROUTER keeps them
     * per peer; other sockets keep at most the one that met the full pipe). Safe from any thread.
     *
     * @return the count
     */
    public int held() {
        return outbox.held();
    }

    /**
     * Queues a multipart message; the loop sends it. Safe from any thread.
     *
     * @param frames the frames
     */
    public void send(byte[][] frames) {
        outbox.add(frames);
        wake();
    }

    /**
     * Runs an action on the socket, on the loop thread (for example a subscription change).
     *
     * @param command what to do with the socket
     */
    public void execute(Consumer<ZMQ.Socket> command) {
        commands.add(command);
        wake();
    }

    /** Makes the loop take a turn: to send, to read again after back-pressure, or to stop. */
    public void wake() {
        idling.wake();
    }

    /**
     * Whether the calling thread is this loop's thread.
     *
     * @return true on the loop thread
     */
    public boolean onLoopThread() {
        return Thread.currentThread() == thread;
    }

    /**
     * Stops the loop: unsent messages get {@code linger} to leave, then the socket closes.
     * Returns when the thread has finished, or after a bounded wait if it is stuck.
     *
     * @param linger how long queued messages may still be sent
     */
    public void close(Duration linger) {
        lingerMillis = Math.max(0, linger.toMillis());
        running = false;
        idling.interrupt();
        if (!onLoopThread()) {
            try {
                stopped.get(lingerMillis + 10_000, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "zmqrpc socket thread {0} did not stop in time", thread.getName());
            }
        }
    }

    private void run() {
        ZContext context = SharedContext.acquire();
        LoopSocket socket = null;
        try {
            socket = LoopSocket.open(context, config, listener);
            socket.watchedBy(idling);
            started.complete(socket.endpoints());
            loop(socket);
        } catch (RuntimeException | Error e) {
            if (!started.completeExceptionally(e)) {
                LOG.log(Level.ERROR, "zmqrpc socket thread " + thread.getName() + " failed", e);
            }
        } finally {
            if (socket != null) {
                socket.close();
            }
            idling.close();
            SharedContext.release();
            stopped.complete(null);
        }
    }

    private void loop(LoopSocket opened) {
        ZMQ.Socket socket = opened.socket();
        SocketMonitor monitor = opened.monitor();
        while (running) {
            boolean worked = outbox.pending();
            outbox.flush(socket, outboxEvents);
            boolean readable = listener.readable();
            worked |= readable && readBatch(socket);
            monitor.read();
            listener.onTick(System.nanoTime());
            idling.markSleeping();
            // readable() is asked again now that the loop is marked sleeping: a listener that
            // turned readable in between saw the loop awake and wrote no wake-up, and the sleep
            // below would not watch the socket. Asking the sockets for their events also consumes
            // the commands that made their descriptors readable.
            if (hasWork(opened, readable) || idling.spin(() -> hasWork(opened, readable))) {
                commands.runAll(socket);
                idling.markAwake();
                continue;
            }
            idling.sleep(readable || outbox.waitsForRoom(), sleepMillis(), worked);
            commands.runAll(socket);
        }
        outbox.linger(socket, lingerMillis, outboxEvents);
    }

    /** The longest sleep: what the listener allows, shorter while kept messages need a retry. */
    private long sleepMillis() {
        long listener = this.listener.pollTimeoutMillis();
        long retry = outbox.retryMillis();
        return retry < 0 ? listener : listener < 0 ? retry : Math.min(listener, retry);
    }

    /** Whether the loop has something to do now; also consumes the commands that woke the sockets. */
    private boolean hasWork(LoopSocket opened, boolean readable) {
        return !running || outbox.sendable() || !commands.isEmpty() || readable != listener.readable()
                // Kept messages are tried before the socket is asked for input: a send processes
                // the socket's commands, and one of them may have been the news of a message.
                || outbox.retry(opened.socket(), outboxEvents) || opened.readable(readable)
                || opened.monitor().hasInput();
    }

    private boolean readBatch(ZMQ.Socket socket) {
        boolean any = false;
        for (int n = 0; n < READ_BATCH && listener.readable(); n++) {
            byte[][] frames = Multipart.tryReceive(socket);
            if (frames == null) {
                break;
            }
            any = true;
            if (LoopSocket.isDisconnect(frames)) {
                listener.onPeerGone(frames[0], outbox.forget(frames[0]));
            } else {
                listener.onMessage(frames);
            }
        }
        if (any) {
            listener.afterReads();
        }
        return any;
    }
}
