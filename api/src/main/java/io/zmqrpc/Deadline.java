package io.zmqrpc;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The point in time by which a call must be done, and the one the current thread works under.
 *
 * <p>A zmqrpc client sends its call's deadline to a zmqrpc server in the call-context frame. The
 * server does not start a call whose deadline has passed when it reads it, and runs the handler
 * under the call's deadline: {@link #current()} tells the handler the time it has left (gRPC's
 * {@code Context.getDeadline()}). Calls the handler makes on that thread inherit it: a client
 * call's timeout is the shorter of its own and the time left (unless the client was built not to
 * inherit). Code of any kind can work under a deadline of its own with {@link #run} or
 * {@link #call}.
 *
 * <p>A deadline is measured on this JVM's monotonic clock; it travels as the time left, so the
 * two ends' wall clocks need not agree. The thread binding is not passed on to other threads: a
 * handler that hands work to an executor passes the deadline itself.
 */
public final class Deadline {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long nanoTime;

    private Deadline(long nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * The deadline a given time from now.
     *
     * @param timeLeft the time from now; zero or negative for a deadline already passed
     * @return the deadline
     */
    public static Deadline after(Duration timeLeft) {
        return atNanoTime(System.nanoTime() + saturatedNanos(timeLeft));
    }

    /**
     * The deadline at a reading of {@link System#nanoTime()}.
     *
     * @param nanoTime the reading
     * @return the deadline
     */
    public static Deadline atNanoTime(long nanoTime) {
        return new Deadline(nanoTime);
    }

    /**
     * The deadline the current thread works under: the call a handler runs for, or a block run
     * with {@link #run}/{@link #call}.
     *
     * @return the deadline, or empty when the thread works under none
     */
    public static Optional<Deadline> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * The current thread's deadline, or null: {@link #current()} without the {@code Optional}.
     *
     * @return the deadline or null
     */
    public static Deadline currentOrNull() {
        return CURRENT.get();
    }

    /**
     * The time left before this deadline.
     *
     * @return the time left, zero once it has passed
     */
    public Duration timeLeft() {
        return Duration.ofNanos(Math.max(0, nanosLeft()));
    }

    /**
     * The time left in nanoseconds, negative once passed.
     *
     * @return nanoseconds left
     */
    public long nanosLeft() {
        return nanoTime - System.nanoTime();
    }

    /**
     * Whether the deadline has passed.
     *
     * @return true once passed
     */
    public boolean expired() {
        return nanosLeft() <= 0;
    }

    /**
     * The deadline as a reading of {@link System#nanoTime()}.
     *
     * @return the reading
     */
    public long nanoTime() {
        return nanoTime;
    }

    /**
     * The earlier of this deadline and another.
     *
     * @param other the other deadline, or null
     * @return the earlier one
     */
    public Deadline min(Deadline other) {
        return other == null || nanoTime - other.nanoTime <= 0 ? this : other;
    }

    /**
     * Runs a block under this deadline on the current thread, then restores the deadline it had.
     *
     * @param block what to run
     */
    public void run(Runnable block) {
        Deadline previous = CURRENT.get();
        CURRENT.set(this);
        try {
            block.run();
        } finally {
            restore(previous);
        }
    }

    /**
     * Calls a block under this deadline on the current thread, then restores the deadline it had.
     *
     * @param block what to call
     * @param <T> its result type
     * @return what it returned
     * @throws Exception what it threw
     */
    public <T> T call(Callable<T> block) throws Exception {
        Deadline previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return block.call();
        } finally {
            restore(previous);
        }
    }

    private static void restore(Deadline previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return d.isNegative() ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
    }

    @Override
    public String toString() {
        return "Deadline[" + TimeUnit.NANOSECONDS.toMillis(nanosLeft()) + " ms left]";
    }
}
