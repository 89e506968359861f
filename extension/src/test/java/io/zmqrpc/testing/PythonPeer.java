package io.zmqrpc.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Python aiozmq peer for interop tests: runs a script kept in test resources with Debian's
 * {@code /usr/bin/python3} and its {@code python3-aiozmq}. Interop tests never skip: when the peer
 * is missing they fail with a message that says how to install it.
 *
 * <p>A server script prints {@code READY <endpoint>} once it serves; a client script prints its
 * results (one JSON document per line, by convention) and exits.
 */
public final class PythonPeer implements AutoCloseable {

    /** The interpreter the interop tests use: Debian's, where python3-aiozmq installs. */
    public static final String PYTHON = "/usr/bin/python3";

    private static final String INSTALL_HINT = "The Python interop peer is missing: these tests need Debian's "
            + "python3-aiozmq (aiozmq 1.0) under /usr/bin/python3. Install it with "
            + "'apt-get update && apt-get install -y python3-aiozmq' (as root), or run ./scripts/test, "
            + "which installs it.";

    private final Process process;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final List<String> allOutput = java.util.Collections.synchronizedList(new ArrayList<>());
    private final StringBuilder stderr = new StringBuilder();

    private PythonPeer(Process process) {
        this.process = process;
        pump(process.getInputStream(), line -> {
            allOutput.add(line);
            stdout.add(line);
        }, "stdout");
        pump(process.getErrorStream(), line -> {
            synchronized (stderr) {
                stderr.append(line).append('\n');
            }
        }, "stderr");
    }

    /**
     * Fails the calling test, with install instructions, unless {@code python3-aiozmq} is usable.
     */
    public static void requireAiozmq() {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            throw new AssertionError(INSTALL_HINT + " (" + PYTHON + " does not exist)");
        }
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import aiozmq, aiozmq.rpc, msgpack, zmq")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError(INSTALL_HINT + " (import failed: " + out.strip() + ")");
            }
        } catch (IOException e) {
            throw new AssertionError(INSTALL_HINT + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Starts a script from the test class path, for example {@code python/rpc_server.py}.
     *
     * @param resource the script's class path resource
     * @param args its command-line arguments
     * @return the running peer
     */
    public static PythonPeer start(String resource, String... args) {
        requireAiozmq();
        List<String> command = new ArrayList<>(List.of(PYTHON, "-u", script(resource).toString()));
        command.addAll(List.of(args));
        try {
            return new PythonPeer(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /**
     * Starts a server script and waits for its {@code READY <endpoint>} line.
     *
     * @param resource the script
     * @param args its arguments
     * @return the running peer; {@link #endpoint()} tells where it serves
     */
    public static PythonPeer startServer(String resource, String... args) {
        PythonPeer peer = start(resource, args);
        try {
            peer.ready = peer.awaitLine(l -> l.startsWith("READY "), Duration.ofSeconds(30)).substring(6).strip();
            return peer;
        } catch (RuntimeException | Error e) {
            peer.close();
            throw e;
        }
    }

    /**
     * Runs a client script to its end.
     *
     * @param timeout how long it may run
     * @param resource the script
     * @param args its arguments
     * @return the lines it printed on stdout
     * @throws AssertionError with its stderr when it fails or overruns
     */
    public static List<String> run(Duration timeout, String resource, String... args) {
        try (PythonPeer peer = start(resource, args)) {
            int exit = peer.waitFor(timeout);
            peer.drained();
            if (exit != 0) {
                throw new AssertionError(resource + " exited with " + exit + "\nstdout:\n"
                        + String.join("\n", peer.allOutput) + "\nstderr:\n" + peer.stderr());
            }
            return List.copyOf(peer.allOutput);
        }
    }

    private String ready;

    /**
     * Where a server script serves.
     *
     * @return the endpoint from its READY line
     */
    public String endpoint() {
        return ready;
    }

    /**
     * Waits for the next stdout line matching a condition, skipping others.
     *
     * @param condition what the line must satisfy
     * @param timeout how long to wait
     * @return the line
     */
    public String awaitLine(java.util.function.Predicate<String> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : stdout.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError("no expected line from the Python peer within " + timeout
                            + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")")
                            + "\nstdout:\n" + String.join("\n", allOutput) + "\nstderr:\n" + stderr());
                }
                if (condition.test(line)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Everything the peer printed on stdout so far.
     *
     * @return the lines
     */
    public List<String> output() {
        synchronized (allOutput) {
            return List.copyOf(allOutput);
        }
    }

    /**
     * What the peer printed on stderr so far.
     *
     * @return the text
     */
    public String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    /**
     * Waits for the process to exit.
     *
     * @param timeout how long
     * @return the exit code
     */
    public int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the Python peer did not finish within " + timeout + "\nstdout:\n"
                        + String.join("\n", allOutput) + "\nstderr:\n" + stderr());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * The process, for tests that kill it.
     *
     * @return the process
     */
    public Process process() {
        return process;
    }

    private void drained() {
        // The process has exited, so its pipes reach end of file and the pumps finish; wait for them
        // to deliver the last lines (generously: a busy machine may be slow to schedule them).
        for (Thread pump : pumps) {
            try {
                pump.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private final List<Thread> pumps = new ArrayList<>();

    private void pump(InputStream in, java.util.function.Consumer<String> sink, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // The process went away.
            }
        }, "python-peer-" + name);
        t.setDaemon(true);
        pumps.add(t);
        t.start();
    }

    private static Path script(String resource) {
        try (InputStream in = PythonPeer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            Path file = Files.createTempFile("zmqrpc-peer-", "-" + Path.of(resource).getFileName());
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the peer: a polite terminate, then a kill if it lingers. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
