package io.zmqrpc.runtime.transport;

/**
 * The threads zmqrpc makes and that nothing else interrupts while they use a socket: socket
 * threads, the handler pool a server owns, the callback pool, the handler-timeout timer. Only these
 * use a socket directly ({@link SocketLoop#send}, {@link SocketLoop#tryLead}); any other thread,
 * such as an application's caller, hands its message to the socket's thread instead, unless its
 * client was told its callers are never interrupted.
 *
 * <p>Why: JeroMQ signals between threads through pipes, which are interruptible channels. An
 * interrupt that lands while a thread is inside one of those reads or writes closes the channel
 * for good, and with it a mailbox that the whole process's ZeroMQ needs. A pending interrupt is
 * harmless (JeroMQ and {@link Multipart} clear it around each operation and set it again); an
 * interrupt from another thread during the system call is not, and an application's thread may be
 * interrupted at any time (a cancelled task, an executor shutting down).
 */
public final class OwnedThreads {

    /** A thread of zmqrpc's own. */
    private static final class Owned extends Thread {
        Owned(Runnable task, String name) {
            super(task, name);
            setDaemon(true);
        }
    }

    private OwnedThreads() {
    }

    /**
     * Makes a daemon thread of zmqrpc's own (not started).
     *
     * @param task what it runs
     * @param name its name
     * @return the thread
     */
    public static Thread create(Runnable task, String name) {
        return new Owned(task, name);
    }

    /** @return whether the calling thread is one of zmqrpc's own */
    public static boolean current() {
        return Thread.currentThread() instanceof Owned;
    }
}
