package io.zmqrpc.example.it.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server running as a child process (with its own children: {@code standalone.sh} starts a JVM)
 * and its captured output. {@link #stop} asks it to stop the way Ctrl-C or a service manager
 * would (SIGTERM); {@link #close} makes sure nothing is left running, whatever happened before,
 * and also runs when the test JVM itself is shut down.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final ProcessLog log;
    private final Thread killOnExit;

    private ServerProcess(String name, Process process, ProcessLog log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.killOnExit = new Thread(this::kill, "kill " + name);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts a process with stdout and stderr merged into one log file.
     *
     * @param name a short name for messages and the log file
     * @param command the command line
     * @param environment variables to add to this JVM's environment
     * @param workDir the working directory, also where the log file goes
     * @return the running process
     * @throws IOException when it cannot be started
     */
    public static ServerProcess start(String name, List<String> command, Map<String, String> environment, Path workDir)
            throws IOException {
        Files.createDirectories(workDir);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new ServerProcess(name, process, ProcessLog.capture(process.getInputStream(), workDir.resolve(name + ".log")));
    }

    /**
     * The server's output.
     *
     * @return the log
     */
    public ProcessLog log() {
        return log;
    }

    /**
     * Writes a line to the process's stdin, for servers that take commands there.
     *
     * @param line the line, without its newline
     * @throws IOException when the process no longer reads
     */
    public void send(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /**
     * Sends SIGTERM to each process of the tree, children first (so that a launcher script does
     * not die and orphan its JVM), and waits for each to exit before the next.
     *
     * @param timeout how long a clean stop may take
     * @return how long it took
     * @throws AssertionError when it did not stop in time (the tree was then killed)
     * @throws InterruptedException when interrupted
     */
    public Duration stop(Duration timeout) throws InterruptedException {
        return awaitExit(timeout, true);
    }

    /**
     * Waits for the process tree to exit on its own, after a command told it to.
     *
     * @param timeout how long to wait
     * @return how long it took
     * @throws AssertionError when it did not exit in time (the tree was then killed)
     * @throws InterruptedException when interrupted
     */
    public Duration awaitExit(Duration timeout) throws InterruptedException {
        return awaitExit(timeout, false);
    }

    private Duration awaitExit(Duration timeout, boolean terminate) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        List<ProcessHandle> tree = tree();
        for (ProcessHandle handle : tree) {
            if (terminate) {
                handle.destroy();
            }
            while (handle.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (tree.stream().anyMatch(ProcessHandle::isAlive)) {
            kill();
            throw new AssertionError(name + " did not exit within " + timeout + " and was killed; see " + log.file());
        }
        return took;
    }

    /** Kills whatever is still running of the tree and waits (bounded) for it to go. */
    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to: nothing to unregister.
        }
    }

    private void kill() {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + KILL_WAIT.toNanos();
        for (ProcessHandle handle : tree) {
            handle.onExit().completeOnTimeout(handle, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).join();
        }
    }

    /** Descendants (children before their parents for the shallow trees here), then the process itself. */
    private List<ProcessHandle> tree() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        Collections.reverse(tree);
        tree.add(process.toHandle());
        return tree;
    }
}
