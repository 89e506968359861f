package io.zmqrpc.runtime.transport;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A JeroMQ socket, its lock, and the thread that watches it. Whoever holds the lock uses the
 * socket (ZeroMQ lets a socket move between threads across a full memory barrier, which the lock
 * is): a thread of zmqrpc's own that sends, a handler thread its own reply, sends itself
 * ({@link #send(byte[][])}); so does an application's caller, and a caller waiting for its reply
 * may read it itself ({@link #lead}), when the socket's settings promise that callers are never
 * interrupted ({@link OwnedThreads} says why); any other thread hands its message to the loop. The loop thread reads the rest, sends what a full pipe kept, runs the
 * {@link #execute commands} and the listener's ticks, and reads the socket's {@link SocketMonitor}.
 *
 * <p>The listener is never called with the lock held, so nothing it runs can hold up the socket.
 * Sends never block: what the high-water mark refuses is kept in the {@code Outbox}, in order, and
 * the loop sends it when there is room. After any use of the socket the user asks for its events:
 * the descriptor is not signalled again for the commands that use consumed, so a message that
 * arrived meanwhile would otherwise go unseen by the thread sleeping on it, which is woken instead.
 */
public final class SocketLoop {

    private static final System.Logger LOG = System.getLogger(SocketLoop.class.getName());
    /** Messages read in a row before the loop turns to its outgoing queue again. */
    private static final int READ_BATCH = 256;

    /** Receives what is read; its methods run on the loop thread, or on a leading caller's thread
     * (one at a time), never with the socket's lock held. */
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
         * Whether anything is expected to arrive (a client with no call pending expects nothing).
         * The loop watches the socket for input only while this is true and no caller
         * {@link SocketLoop#lead leads}; call {@link #expectInput()} when it turns true.
         *
         * @return true while input is expected
         */
        default boolean awaitsInput() {
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
    /** Filled by whoever holds the lock, delivered after it is released. */
    private final DeferredEvents outboxEvents = new DeferredEvents();
    private final SocketCommands commands;
    private final Idling idling;
    private final Leadership leadership;
    /** Guards the socket, the outbox's sending side and {@link #outboxEvents}. */
    private final ReentrantLock lock = new ReentrantLock();
    private final CompletableFuture<List<String>> started = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long lingerMillis;
    /** The open socket; null before it opened and once it closed (written under the lock). */
    private volatile ZMQ.Socket socket;
    /** Whether the loop's next or current sleep watches the socket for input. */
    private volatile boolean watchingInput;
    /** Whether the loop's next or current sleep has no time limit. */
    private volatile boolean unboundedSleep;

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
        String threadName = "zmqrpc-" + config.name();
        this.commands = new SocketCommands(threadName);
        this.thread = OwnedThreads.create(this::run, threadName);
        this.leadership = new Leadership(thread);
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
     * Sends a multipart message from the calling thread, or keeps it in order behind what a full
     * pipe refused; never blocks for room. Once the loop is stopping, the message is queued for
     * the loop's linger instead. Safe from any thread; the listener hears of it
     * ({@link Listener#onSent}) on this thread.
     *
     * @param frames the frames
     */
    public void send(byte[][] frames) {
        if (!running || !mayUseSocket()) {
            outbox.add(frames);
            wake();
            return;
        }
        int events;
        int sent;
        List<Object[]> gone;
        lock.lock();
        try {
            if (socket == null) {
                outbox.add(frames);
                events = 0;
            } else {
                outbox.offer(socket, frames, outboxEvents);
                events = Multipart.events(socket);
            }
            sent = outboxEvents.takeSent();
            gone = outboxEvents.takeGone();
        } finally {
            lock.unlock();
        }
        afterUse(events, false);
        DeferredEvents.deliver(listener, sent, gone);
    }

    /**
     * After the calling thread, not the current reader, used the socket: its use consumed the
     * commands that signalled the descriptor, so whoever sleeps on it is woken if a message waits
     * or something kept waits for room.
     */
    private void afterUse(int events, boolean reader) {
        if (outbox.pending()) {
            wake();
        }
        if (!reader && (events & ZMQ.Poller.POLLIN) != 0) {
            // A leader that resigns meanwhile hands reading back to the loop, which looks again.
            if (leadership.active()) {
                leadership.wake();
            } else {
                wake();
            }
        }
    }

    /**
     * Tells the loop that input is expected now ({@link Listener#awaitsInput()} turned true): a
     * loop sleeping without watching the socket, or without a time limit, takes a turn to watch it
     * and its listener's ticks. Safe from any thread; costs nothing while the loop is awake.
     */
    public void expectInput() {
        if (!watchingInput && !leadership.active() || unboundedSleep) {
            wake();
        }
    }

    /**
     * Reads on the calling thread until {@code done} is true, the deadline passes, the thread is
     * interrupted or the loop stops: a caller waiting for its own reply reads it itself. Messages
     * for others are handed to the listener on this thread, as the loop would. Only after
     * {@link #tryLead()} returned true; resigns at its end.
     *
     * @param done when to stop
     * @param deadlineNanos a {@link System#nanoTime()} to stop at
     */
    public void lead(BooleanSupplier done, long deadlineNanos) {
        try {
            boolean read = true;
            while (!done.getAsBoolean() && running && !Thread.currentThread().isInterrupted()) {
                if (readBatch() > 0) {
                    read = true;
                    continue;
                }
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0 || done.getAsBoolean()) {
                    return;
                }
                leadership.await(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)), read);
                read = false;
            }
        } finally {
            leadership.resign();
            // Whatever arrives next is the loop's to read again, if anything is expected.
            if (listener.awaitsInput()) {
                idling.interrupt();
            }
        }
    }

    /**
     * Makes the calling thread the socket's reader if nobody else leads; {@link #lead} must follow
     * (it resigns at its end). Never on the loop thread.
     *
     * @return true when the caller leads now
     */
    public boolean tryLead() {
        ZMQ.Socket s = socket;
        return s != null && running && !onLoopThread() && mayUseSocket() && leadership.tryLead(s);
    }

    /**
     * Whether the calling thread may use the socket itself: one of zmqrpc's own threads, or any
     * thread when the socket's settings promise its callers are never interrupted.
     */
    private boolean mayUseSocket() {
        return OwnedThreads.current() || config.settings().uninterruptedCallers();
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

    /** @return whether the calling thread holds the socket's lock (for tests of that rule) */
    boolean lockHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /**
     * Whether the loop's thread still runs (it ends when the loop is closed, or when it failed).
     *
     * @return true while it runs
     */
    public boolean alive() {
        // Its last act is to complete stopped, and close() returns on that: a thread that has
        // only its exit left is not running the loop (and asking isAlive() alone raced there).
        return !stopped.isDone() && thread.isAlive();
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
        leadership.wake();
        if (!onLoopThread()) {
            try {
                stopped.get(lingerMillis + 10_000, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "zmqrpc socket thread {0} did not stop in time", thread.getName());
            }
        }
    }

    private void run() {
        boolean acquired = false;
        LoopSocket opened = null;
        try {
            // A bad process-wide setting (IoThreadScheduling) fails here, and the start with it.
            ZContext context = SharedContext.acquire();
            acquired = true;
            opened = LoopSocket.open(context, config, listener);
            opened.watchedBy(idling);
            lock.lock();
            try {
                socket = opened.socket();
            } finally {
                lock.unlock();
            }
            started.complete(opened.endpoints());
            loop(opened);
        } catch (RuntimeException | Error e) {
            if (!started.completeExceptionally(e)) {
                LOG.log(Level.ERROR, "zmqrpc socket thread " + thread.getName() + " failed", e);
            }
        } finally {
            lock.lock();
            try {
                socket = null;
                if (opened != null) {
                    opened.close();
                }
            } finally {
                lock.unlock();
            }
            leadership.close();
            idling.close();
            if (acquired) {
                SharedContext.release();
            }
            stopped.complete(null);
        }
    }

    private void loop(LoopSocket opened) {
        SocketMonitor monitor = opened.monitor();
        while (running) {
            boolean reads = readsNow();
            boolean worked = outbox.pending() && flushKept();
            if (reads && leadership.claimForLoop()) {
                try {
                    worked |= readBatch() > 0;
                } finally {
                    leadership.resign();
                }
            }
            monitor.read();
            listener.onTick(System.nanoTime());
            long sleep = sleepMillis();
            // What the sleep will watch is published before the loop is marked sleeping, and the
            // last look below asks again what it was decided from: a thread that changed it after
            // the look saw the loop marked sleeping and woke it (expectInput, afterUse).
            watchingInput = reads;
            unboundedSleep = sleep < 0;
            idling.markSleeping();
            // Asking the socket for its events also consumes the commands that made its
            // descriptor readable.
            if (hasWork(opened, reads, sleep) || idling.spin(() -> hasWork(opened, reads, sleep))) {
                runCommands();
                idling.markAwake();
                continue;
            }
            idling.sleep(reads || outbox.waitsForRoom(), sleep, worked);
            runCommands();
        }
        lock.lock();
        try {
            outbox.linger(socket, lingerMillis, outboxEvents);
            outboxEvents.takeSent();
            outboxEvents.takeGone();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the loop is the socket's reader now. */
    private boolean readsNow() {
        return !leadership.active() && listener.readable() && listener.awaitsInput();
    }

    private boolean flushKept() {
        int sent;
        List<Object[]> gone;
        lock.lock();
        try {
            outbox.flush(socket, outboxEvents);
            sent = outboxEvents.takeSent();
            gone = outboxEvents.takeGone();
        } finally {
            lock.unlock();
        }
        DeferredEvents.deliver(listener, sent, gone);
        return sent > 0;
    }

    private void runCommands() {
        if (commands.isEmpty()) {
            return;
        }
        int events;
        lock.lock();
        try {
            commands.runAll(socket);
            events = Multipart.events(socket);
        } finally {
            lock.unlock();
        }
        afterUse(events, readsNow());
    }

    /** The longest sleep: what the listener allows, shorter while kept messages need a retry. */
    private long sleepMillis() {
        long listener = this.listener.pollTimeoutMillis();
        long retry = outbox.retryMillis();
        return retry < 0 ? listener : listener < 0 ? retry : Math.min(listener, retry);
    }

    /**
     * Whether the loop has something to do now, or what its sleep was decided from changed; also
     * consumes the commands that woke the sockets.
     */
    private boolean hasWork(LoopSocket opened, boolean reads, long sleep) {
        if (!running || outbox.sendable() || !commands.isEmpty() || reads != readsNow()
                || sleep < 0 && listener.pollTimeoutMillis() >= 0 || opened.monitor().hasInput()) {
            return true;
        }
        boolean work;
        int events;
        int sent;
        List<Object[]> gone;
        lock.lock();
        try {
            // Kept messages are tried before the socket is asked for input: a send processes
            // the socket's commands, and one of them may have been the news of a message.
            work = outbox.retry(socket, outboxEvents);
            events = Multipart.events(socket);
            sent = outboxEvents.takeSent();
            gone = outboxEvents.takeGone();
        } finally {
            lock.unlock();
        }
        DeferredEvents.deliver(listener, sent, gone);
        // A leader sleeping on the descriptor this look consumed is woken.
        afterUse(events, reads);
        return work || reads && (events & ZMQ.Poller.POLLIN) != 0;
    }

    /**
     * Reads up to a batch of messages, one at a time under the lock, each handed to the listener
     * with the lock released; then the listener's {@code afterReads}.
     *
     * @return how many messages were read
     */
    private int readBatch() {
        int read = 0;
        while (read < READ_BATCH && listener.readable()) {
            byte[][] frames;
            int forgotten = 0;
            lock.lock();
            try {
                if (socket == null) {
                    break;
                }
                frames = Multipart.tryReceive(socket);
                if (frames != null && LoopSocket.isDisconnect(frames)) {
                    forgotten = outbox.forget(frames[0]);
                }
            } finally {
                lock.unlock();
            }
            if (frames == null) {
                break;
            }
            read++;
            if (LoopSocket.isDisconnect(frames)) {
                listener.onPeerGone(frames[0], forgotten);
            } else {
                listener.onMessage(frames);
            }
        }
        if (read > 0) {
            listener.afterReads();
        }
        return read;
    }
}
