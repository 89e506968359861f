package io.zmqrpc.runtime.support;

import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Logs at most one line per interval and counts what it left out, so that a flood of bad frames
 * cannot flood the log. The count is carried by the next line, the first logged once the interval
 * is over: what the last interval of a flood left out is told by the next message after it.
 */
public final class RateLimitedLog {

    private final System.Logger logger;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final AtomicLong nextAllowed = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong suppressed = new AtomicLong();

    /**
     * Creates the log.
     *
     * @param logger where lines go
     * @param intervalMillis the shortest time between two lines
     */
    public RateLimitedLog(System.Logger logger, long intervalMillis) {
        this(logger, intervalMillis, System::nanoTime);
    }

    /** With a clock of the caller's choosing, in {@link System#nanoTime()}'s terms (for tests). */
    RateLimitedLog(System.Logger logger, long intervalMillis, LongSupplier clock) {
        this.logger = logger;
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.clock = clock;
    }

    /**
     * Logs a line unless one was logged less than an interval ago.
     *
     * @param level the level
     * @param message the message
     * @param cause the failure, or null
     */
    public void log(Level level, String message, Throwable cause) {
        if (!logger.isLoggable(level)) {
            return;
        }
        long now = clock.getAsLong();
        long allowed = nextAllowed.get();
        if ((allowed != Long.MIN_VALUE && now - allowed < 0) || !nextAllowed.compareAndSet(allowed, now + intervalNanos)) {
            suppressed.incrementAndGet();
            return;
        }
        long skipped = suppressed.getAndSet(0);
        String line = skipped == 0 ? message : message + " (" + skipped + " similar messages suppressed)";
        if (cause == null) {
            logger.log(level, line);
        } else {
            logger.log(level, line, cause);
        }
    }
}
