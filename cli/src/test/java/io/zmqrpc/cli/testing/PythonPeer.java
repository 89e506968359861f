package io.zmqrpc.cli.testing;

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
 * A Python aiozmq peer: a script from the test resources run with Debian's {@code /usr/bin/python3}
 * and {@code python3-aiozmq}. A server script prints {@code READY <endpoint>} once it serves, and
 * then one line for each thing it received. Missing Python fails the test, saying how to install it.
 */
public final class PythonPeer implements AutoCloseable {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String INSTALL_HINT = "these tests need Debian's python3-aiozmq under " + PYTHON
            + ": install it with 'apt-get update && apt-get install -y python3-aiozmq' (or run ./scripts/test)";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer stderr = new StringBuffer();
    private String endpoint;

    private PythonPeer(Process process) {
        this.process = process;
        pump(process.getInputStream(), lines::add);
        pump(process.getErrorStream(), line -> stderr.append(line).append('\n'));
    }

    /**
     * Starts a script and waits for its READY line.
     *
     * @param resource the script, e.g. {@code python/rpc_server.py}
     * @param args its arguments
     * @return the running peer
     */
    public static PythonPeer start(String resource, String... args) {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            throw new AssertionError("no " + PYTHON + ": " + INSTALL_HINT);
        }
        List<String> command = new ArrayList<>(List.of(PYTHON, "-u", script(resource).toString()));
        command.addAll(List.of(args));
        PythonPeer peer;
        try {
            peer = new PythonPeer(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new AssertionError("cannot start " + command + ": " + INSTALL_HINT, e);
        }
        try {
            peer.endpoint = peer.nextLine(Duration.ofSeconds(30)).replaceFirst("^READY ", "");
            return peer;
        } catch (AssertionError e) {
            peer.close();
            throw new AssertionError(e.getMessage() + (peer.stderr.indexOf("No module named") >= 0
                    ? "\n" + INSTALL_HINT : ""), e);
        }
    }

    /** @return the endpoint from the READY line */
    public String endpoint() {
        return endpoint;
    }

    /**
     * The next line the script printed.
     *
     * @param timeout how long to wait
     * @return the line
     */
    public String nextLine(Duration timeout) {
        try {
            String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("no line from the Python peer within " + timeout
                        + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")")
                        + "; stderr:\n" + stderr);
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void pump(InputStream in, java.util.function.Consumer<String> sink) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // the process went away
            }
        }, "python-peer-pump");
        t.setDaemon(true);
        t.start();
    }

    private static Path script(String resource) {
        try (InputStream in = PythonPeer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            Path file = Files.createTempFile("zmqrpc-cli-peer-", "-" + Path.of(resource).getFileName());
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Terminates the script, then kills it if it lingers. */
    @Override
    public void close() {
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
