package io.zmqrpc.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what a {@link System.Logger} writes (it lands in java.util.logging when no other backend
 * is installed) for one logger name, while open.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /**
     * Starts capturing a logger.
     *
     * @param name the logger name, usually a class name
     * @return the capture; close it to stop
     */
    public static LogCapture of(String name) {
        return new LogCapture(Logger.getLogger(name));
    }

    /**
     * What was logged so far.
     *
     * @return the records
     */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
