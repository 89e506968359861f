package io.zmqrpc.cli.bench;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** The live progress line on stderr, redrawn twice a second by a daemon thread until closed. */
final class Progress implements AutoCloseable {

    private final PrintWriter err;
    private final int total;
    private final long started = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Thread painter;
    private volatile boolean closed;

    private Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.painter = new Thread(this::paintUntilClosed, "zmqrpc-bench-progress");
        painter.setDaemon(true);
    }

    static Progress start(PrintWriter err, int total) {
        Progress progress = new Progress(err, total);
        progress.painter.start();
        return progress;
    }

    void completed(int count, boolean error) {
        done.accumulateAndGet(count, Math::max);
        if (error) {
            failed.incrementAndGet();
        }
    }

    private void paintUntilClosed() {
        while (!closed) {
            paint();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void paint() {
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("\r%d/%d calls, %d errors, %.0f calls/s   ", done.get(), total, failed.get(),
                seconds > 0 ? done.get() / seconds : 0.0);
        err.flush();
    }

    /** Draws the final state and ends the line. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        painter.interrupt();
        try {
            painter.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        paint();
        err.println();
        err.flush();
    }
}
