package io.zmqrpc.example.it.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A child process's output, copied line by line to a file (kept for whoever reads a failed build)
 * and to memory, where a test can wait for a line. Colour codes are removed so that both read as
 * plain text.
 */
public final class ProcessLog {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

    private final Path file;
    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    private ProcessLog(Path file) {
        this.file = file;
    }

    /**
     * Starts copying a stream (usually a process's merged stdout and stderr) on a daemon thread.
     *
     * @param output the stream to read until its end
     * @param file where to write it
     * @return the log
     */
    public static ProcessLog capture(InputStream output, Path file) {
        ProcessLog log = new ProcessLog(file);
        Thread pump = new Thread(() -> log.pump(output), "log " + file.getFileName());
        pump.setDaemon(true);
        pump.start();
        return log;
    }

    private void pump(InputStream output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                String plain = ANSI.matcher(line).replaceAll("");
                out.write(plain);
                out.write('\n');
                out.flush();
                synchronized (this) {
                    lines.add(plain);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // The process was killed under the reader, or the file became unwritable: either way
            // the log ends here, and waiters learn it below instead of from a stack trace.
            synchronized (this) {
                lines.add("[log capture ended: " + e + "]");
            }
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /**
     * Waits for a line containing a text.
     *
     * @param text what the line contains
     * @param timeout how long to wait at most
     * @return the line
     * @throws AssertionError when no such line came in time or the output ended first
     * @throws InterruptedException when interrupted
     */
    public String awaitLine(String text, Duration timeout) throws InterruptedException {
        return awaitLine(line -> line.contains(text), "containing \"" + text + "\"", timeout);
    }

    /**
     * Waits for a line that satisfies a condition.
     *
     * @param condition the condition
     * @param description what is awaited, for the failure message
     * @param timeout how long to wait at most
     * @return the first matching line
     * @throws AssertionError when no such line came in time or the output ended first
     * @throws InterruptedException when interrupted
     */
    public synchronized String awaitLine(Predicate<String> condition, String description, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < lines.size(); seen++) {
                if (condition.test(lines.get(seen))) {
                    return lines.get(seen);
                }
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                throw new AssertionError("no line " + description + (ended ? " before the output ended" : " within " + timeout)
                        + "; see " + file + ", last lines:\n" + tail(30));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /**
     * Whether some line so far contains a text.
     *
     * @param text the text
     * @return true when found
     */
    public synchronized boolean contains(String text) {
        return lines.stream().anyMatch(line -> line.contains(text));
    }

    /**
     * The lines so far.
     *
     * @return a copy of the lines
     */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /**
     * The last lines, for failure messages.
     *
     * @param count how many
     * @return the lines joined by newlines
     */
    public synchronized String tail(int count) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    /**
     * The file the output is copied to.
     *
     * @return the file
     */
    public Path file() {
        return file;
    }
}
