package io.zmqrpc.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the java.util.logging records (where {@link System.Logger} lands by default) of the
 * {@code io.zmqrpc} loggers while open.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("io.zmqrpc");
    private final Level previous = logger.getLevel();
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    /** Starts capturing records at INFO and above. */
    public LogCapture() {
        setLevel(Level.ALL);
        logger.setLevel(Level.INFO);
        logger.addHandler(this);
    }

    /** @return the records so far */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /**
     * The formatted messages of the records so far.
     *
     * @return the messages
     */
    public List<String> messages() {
        return records.stream().map(r -> new java.util.logging.SimpleFormatter().formatMessage(r)).toList();
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
        logger.setLevel(previous);
    }
}
