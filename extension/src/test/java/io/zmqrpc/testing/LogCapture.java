package io.zmqrpc.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what one class logs through {@code System.Logger}, which lands in java.util.logging
 * by default: a JUL handler on that class's logger, removed (and the level restored) on close.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level previousLevel;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Class<?> source) {
        this(source.getName());
    }

    private LogCapture(String loggerName) {
        // Keep a strong reference: JUL holds loggers weakly, and a collected logger loses the handler.
        this.logger = Logger.getLogger(loggerName);
        this.previousLevel = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
        setLevel(Level.ALL);
    }

    /**
     * Starts capturing what a class logs.
     *
     * @param source the class whose logger to watch
     * @return the capture; close it to stop
     */
    public static LogCapture of(Class<?> source) {
        return new LogCapture(source);
    }

    /**
     * Starts capturing everything zmqrpc logs (the {@code io.zmqrpc} logger and all below it).
     *
     * @return the capture; close it to stop
     */
    public static LogCapture all() {
        return new LogCapture("io.zmqrpc");
    }

    /**
     * Starts capturing what a class logs, by name (for package-private classes).
     *
     * @param className the fully qualified class name
     * @return the capture; close it to stop
     */
    public static LogCapture of(String className) {
        try {
            return new LogCapture(Class.forName(className));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(className, e);
        }
    }

    /**
     * The records so far.
     *
     * @return the records, oldest first
     */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /**
     * The messages so far, with parameters filled in.
     *
     * @return the messages, oldest first
     */
    public List<String> messages() {
        java.util.logging.Formatter formatter = new java.util.logging.SimpleFormatter();
        return records.stream().map(formatter::formatMessage).toList();
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
        logger.setLevel(previousLevel);
    }
}
