package io.zmqrpc.runtime.transport;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The one thread that owns a JeroMQ socket. It reads messages and hands them to its
 * {@link Listener}, and sends the messages other threads queue with {@link #send(byte[][])}.
 *
 * <p>Other threads never touch the socket, and nobody ever interrupts this thread. They wake it
 * through the selector it sleeps on ({@link LoopSelector}); the wake-up is given only when the
 * loop is about to sleep and only once per sleep, so that a burst of sends costs one wake-up.
 * Sends never block the loop: when the high-water mark is reached, the rest of the queue waits for
 * the socket to become writable again.
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
         * A second socket this loop should own and poll beside the main one (for example the PAIR
         * end of a socket monitor), or null for none.
         *
         * @return the auxiliary socket's owner, or null
         */
        default Auxiliary auxiliary() {
            return null;
        }
    }

    /**
     * A second socket owned by the loop thread, like the main one: opened, read and closed there only.
     */
    public interface Auxiliary {

        /**
         * Opens the socket, on the loop thread, after the main socket's options are set and before
         * it binds or connects (so that a monitor sees every connection).
         *
         * @param context the context to create it in
         * @param main the main socket
         * @return the socket to poll
         */
        ZMQ.Socket open(ZContext context, ZMQ.Socket main);

        /**
         * Reads whatever is waiting on the socket, without blocking; on the loop thread.
         *
         * @param socket the auxiliary socket
         */
        void read(ZMQ.Socket socket);
    }

    private final SocketConfig config;
    private final Listener listener;
    private final Queue<byte[][]> outgoing = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final Queue<java.util.function.Consumer<ZMQ.Socket>> commands = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<List<String>> started = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final LoopSelector selector = new LoopSelector();
    private final long spinNanos;
    private final Thread thread;
    private volatile boolean sleeping;
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
        SocketLoop loop = new SocketLoop(config, listener);
        loop.thread.start();
        try {
            loop.started.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
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
        this.spinNanos = config.settings().spin().toNanos();
        this.thread = new Thread(this::run, "zmqrpc-" + config.name());
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
     * Queues a multipart message; the loop sends it. Safe from any thread.
     *
     * @param frames the frames
     */
    public void send(byte[][] frames) {
        outgoing.add(frames);
        wake();
    }

    /** Makes the loop take a turn: to send, to read again after back-pressure, or to stop. */
    public void wake() {
        if (sleeping && wakePending.compareAndSet(false, true)) {
            selector.wakeUp();
        }
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
        wakePending.set(false);
        sleeping = true;
        wake();
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
        ZMQ.Socket socket = null;
        ZMQ.Socket auxSocket = null;
        try {
            socket = context.createSocket(config.type());
            socket.setLinger(0);
            config.settings().applyTo(socket);
            config.setup().accept(socket);
            Auxiliary auxiliary = listener.auxiliary();
            if (auxiliary != null) {
                auxSocket = auxiliary.open(context, socket);
                auxSocket.setLinger(0);
            }
            List<String> endpoints = new ArrayList<>();
            for (String endpoint : config.settings().bindEndpoints()) {
                bind(socket, endpoint);
                endpoints.add(socket.getLastEndpoint());
            }
            for (String endpoint : config.settings().connectEndpoints()) {
                if (!socket.connect(endpoint)) {
                    throw new IllegalStateException(config.name() + ": cannot connect to " + endpoint);
                }
                endpoints.add(endpoint);
            }
            selector.register(socket);
            if (auxSocket != null) {
                selector.registerAlwaysWatched(auxSocket);
            }
            started.complete(List.copyOf(endpoints));
            loop(socket, auxSocket == null ? null : new AuxiliaryIn(auxiliary, auxSocket));
        } catch (RuntimeException | Error e) {
            if (!started.completeExceptionally(e)) {
                LOG.log(Level.ERROR, "zmqrpc socket thread " + thread.getName() + " failed", e);
            }
        } finally {
            if (auxSocket != null) {
                context.destroySocket(auxSocket);
            }
            if (socket != null) {
                context.destroySocket(socket);
            }
            selector.close();
            SharedContext.release();
            stopped.complete(null);
        }
    }

    private void bind(ZMQ.Socket socket, String endpoint) {
        try {
            if (!socket.bind(endpoint)) {
                throw new IllegalStateException(config.name() + ": cannot bind " + endpoint);
            }
        } catch (org.zeromq.ZMQException e) {
            throw new IllegalStateException(config.name() + ": cannot bind " + endpoint + ": " + e.getMessage(), e);
        }
    }

    /** The auxiliary socket with its owner. */
    private record AuxiliaryIn(Auxiliary owner, ZMQ.Socket socket) {
        void read() {
            owner.read(socket);
        }
    }

    private void loop(ZMQ.Socket socket, AuxiliaryIn auxiliary) {
        byte[][] blocked = null;
        boolean socketWoke = false;
        int idleWakes = 0;
        while (running) {
            boolean worked = blocked != null || !outgoing.isEmpty();
            blocked = flush(socket, blocked);
            boolean readable = listener.readable();
            worked |= readable && readBatch(socket);
            if (auxiliary != null) {
                auxiliary.read();
            }
            listener.onTick(System.nanoTime());
            sleeping = true;
            // readable() is asked again now that the loop is marked sleeping: a listener that
            // turned readable in between saw the loop awake and wrote no wake-up, and the sleep
            // below would not watch the socket. Asking the sockets for their events also consumes
            // the commands that made their descriptors readable.
            if (hasWork(socket, auxiliary, readable, blocked) || (spinNanos > 0 && spin(socket, auxiliary, readable, blocked))) {
                runCommands(socket);
                sleeping = false;
                continue;
            }
            idleWakes = socketWoke && !worked ? idleWakes + 1 : 0;
            if (idleWakes > 0) {
                backOff(idleWakes);
            }
            selector.watchSocket(readable || blocked != null);
            socketWoke = selector.await(listener.pollTimeoutMillis());
            sleeping = false;
            wakePending.set(false);
            runCommands(socket);
        }
        linger(socket, blocked);
    }

    /** Whether the loop has something to do now; also consumes the commands that woke the sockets. */
    private boolean hasWork(ZMQ.Socket socket, AuxiliaryIn auxiliary, boolean readable, byte[][] blocked) {
        return !running || (blocked == null && !outgoing.isEmpty()) || !commands.isEmpty()
                || readable != listener.readable()
                || ready(socket, readable, blocked != null) || (auxiliary != null && hasInput(auxiliary.socket()));
    }

    /**
     * Looks for work for up to the configured spin time before the loop sleeps, yielding the core
     * between looks so that the threads it waits for can run even on a machine with few cores.
     * Wakers need not wake a spinning loop: it is marked awake meanwhile, and marked sleeping
     * again, then looks once more, before it gives up.
     */
    private boolean spin(ZMQ.Socket socket, AuxiliaryIn auxiliary, boolean readable, byte[][] blocked) {
        sleeping = false;
        long end = System.nanoTime() + spinNanos;
        for (int turn = 1; System.nanoTime() - end < 0; turn++) {
            if ((turn & 15) == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
            if (hasWork(socket, auxiliary, readable, blocked)) {
                return true;
            }
        }
        sleeping = true;
        return hasWork(socket, auxiliary, readable, blocked);
    }

    private static boolean hasInput(ZMQ.Socket socket) {
        return (socket.getEvents() & ZMQ.Poller.POLLIN) != 0;
    }

    /** Whether the socket has something for a loop that reads and/or waits for room to send. */
    private static boolean ready(ZMQ.Socket socket, boolean reading, boolean sending) {
        if (!reading && !sending) {
            return false;
        }
        int events = socket.getEvents();
        return (reading && (events & ZMQ.Poller.POLLIN) != 0) || (sending && (events & ZMQ.Poller.POLLOUT) != 0);
    }

    /** Sends what is queued; returns the message that met a full pipe, to be retried first. */
    private byte[][] flush(ZMQ.Socket socket, byte[][] blocked) {
        byte[][] next = blocked != null ? blocked : outgoing.poll();
        while (next != null) {
            if (!sendNow(socket, next)) {
                return next;
            }
            next = outgoing.poll();
        }
        return null;
    }

    private static boolean sendNow(ZMQ.Socket socket, byte[][] frames) {
        int last = frames.length - 1;
        // Once the first frame of a multipart message is accepted, ZeroMQ accepts the rest.
        if (!socket.send(frames[0], last == 0 ? ZMQ.DONTWAIT : ZMQ.DONTWAIT | ZMQ.SNDMORE)) {
            return false;
        }
        for (int i = 1; i <= last; i++) {
            socket.send(frames[i], i == last ? 0 : ZMQ.SNDMORE);
        }
        return true;
    }

    private boolean readBatch(ZMQ.Socket socket) {
        boolean any = false;
        for (int n = 0; n < READ_BATCH && listener.readable(); n++) {
            byte[] first = socket.recv(ZMQ.DONTWAIT);
            if (first == null) {
                break;
            }
            any = true;
            listener.onMessage(readRest(socket, first));
        }
        if (any) {
            listener.afterReads();
        }
        return any;
    }

    /**
     * The socket's descriptor woke the loop, yet there was nothing to do: JeroMQ signals a command
     * by writing a byte and only then counting it, and a socket consumes the byte only once it is
     * counted. Until the signalling thread gets a core again to count it, the descriptor stays
     * readable and every sleep returns at once, so the loop would spin and keep that very thread
     * from its core. The loop gives its core away instead, and after a few turns in vain sleeps
     * briefly.
     */
    private static void backOff(int idleWakes) {
        if (idleWakes <= 3) {
            Thread.yield();
        } else {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000);
        }
    }

    private static byte[][] readRest(ZMQ.Socket socket, byte[] first) {
        if (!socket.hasReceiveMore()) {
            return new byte[][] {first};
        }
        List<byte[]> frames = new ArrayList<>(6);
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames.toArray(new byte[0][]);
    }

    private void runCommands(ZMQ.Socket socket) {
        for (java.util.function.Consumer<ZMQ.Socket> command; (command = commands.poll()) != null; ) {
            try {
                command.accept(socket);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "zmqrpc socket command failed on " + thread.getName(), e);
            }
        }
    }

    /**
     * Runs an action on the socket, on the loop thread (for example a subscription change).
     *
     * @param command what to do with the socket
     */
    public void execute(java.util.function.Consumer<ZMQ.Socket> command) {
        commands.add(command);
        wake();
    }

    private void linger(ZMQ.Socket socket, byte[][] blocked) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(lingerMillis);
        while ((blocked != null || !outgoing.isEmpty()) && System.nanoTime() < deadline) {
            blocked = flush(socket, blocked);
            if (blocked != null) {
                sleepBriefly();
            }
        }
        if (lingerMillis > 0) {
            socket.setLinger(lingerMillis);
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
