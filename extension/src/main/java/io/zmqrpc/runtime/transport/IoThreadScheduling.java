package io.zmqrpc.runtime.transport;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs JeroMQ's I/O thread under Linux's {@code SCHED_BATCH} policy, unless the system property
 * {@value #PROPERTY} is {@code false}.
 *
 * <p>Why: JeroMQ wakes its I/O thread by writing a byte to a pipe and only then counting it. A
 * thread woken under the normal policy may preempt the writer at once, on the writer's core,
 * between the write and the count; the I/O thread then finds the byte but not the count and polls
 * again and again until the scheduler's tick lets the writer run (1-4 ms on a two-core machine,
 * most of the I/O thread's CPU and the latency tail; docs/performance.md). A {@code SCHED_BATCH}
 * thread never preempts on wake-up, so the writer counts first. The price: the woken I/O thread
 * waits for a busy core's current thread to block or use up its slice instead of taking the core.
 *
 * <p>Java cannot set a thread's policy itself; the I/O thread runs util-linux's {@code chrt} on its
 * own thread id once, when it starts. Where that is impossible (not Linux, no {@code chrt}) the
 * thread runs under the normal policy, saying so at DEBUG level, or as a warning when the property
 * asked for it explicitly.
 */
final class IoThreadScheduling {

    /** The system property that asks for it. */
    static final String PROPERTY = "zmqrpc.io-thread.batch-scheduling";
    /** Linux's number for {@code SCHED_BATCH}, as {@code /proc/<tid>/stat} shows a thread's policy. */
    static final int SCHED_BATCH = 3;

    private static final System.Logger LOG = System.getLogger(IoThreadScheduling.class.getName());
    private static final long CHRT_TIMEOUT_SECONDS = 5;

    private IoThreadScheduling() {
    }

    /** How the property was given: its value, and whether it was given at all. */
    enum Choice {
        /** Not set: batch scheduling where it can be had, quietly. */
        DEFAULT,
        /** {@code true}: batch scheduling, and a warning where it cannot be had. */
        ASKED,
        /** {@code false}: the normal policy. */
        OFF
    }

    /**
     * Reads the property.
     *
     * @param value the property's value, or null when it is not set
     * @return {@code DEFAULT} when it is not set, {@code ASKED} for {@code true}, {@code OFF} for
     *     {@code false} (case ignored)
     * @throws IllegalArgumentException naming the property for any other value
     */
    static Choice choice(String value) {
        if (value == null) {
            return Choice.DEFAULT;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return Choice.ASKED;
        }
        if (value.strip().equalsIgnoreCase("false")) {
            return Choice.OFF;
        }
        throw new IllegalArgumentException(PROPERTY + " must be true or false, got '" + value + "'");
    }

    /**
     * Makes an I/O thread as JeroMQ does (a daemon, with the default uncaught-exception handler)
     * that switches itself to {@code SCHED_BATCH} before it runs {@code task}.
     *
     * @param task the I/O thread's loop
     * @param name its name
     * @param failure the level at which a failure to switch is logged
     * @return the thread, not started
     */
    static Thread batchThread(Runnable task, String name, Level failure) {
        return batchThread(task, name, failure, chrtCommand());
    }

    /** {@link #batchThread(Runnable, String, Level)} with the {@code chrt} to run (tests give others). */
    static Thread batchThread(Runnable task, String name, Level failure, String chrt) {
        Thread thread = new Thread(() -> {
            String why = switchCurrentThread(chrt);
            if (why == null) {
                LOG.log(Level.DEBUG, "zmqrpc: JeroMQ I/O thread {0} runs under SCHED_BATCH", name);
            } else {
                LOG.log(failure, "zmqrpc: JeroMQ I/O thread " + name + " runs under the normal policy, not "
                        + "SCHED_BATCH (" + PROPERTY + "): " + why);
            }
            task.run();
        }, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Switches the calling thread to {@code SCHED_BATCH} and checks that it took.
     *
     * @param chrt the {@code chrt} command
     * @return null when the thread now runs under it, else why not
     */
    static String switchCurrentThread(String chrt) {
        try {
            Path self = Path.of("/proc/thread-self");
            if (!Files.exists(self)) {
                return "only Linux has SCHED_BATCH (no /proc/thread-self here)";
            }
            String tid = Files.readSymbolicLink(self).getFileName().toString();
            Process run = new ProcessBuilder(chrt, "--batch", "--pid", "0", tid).redirectErrorStream(true).start();
            if (!run.waitFor(CHRT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                run.destroyForcibly();
                return "chrt did not finish within " + CHRT_TIMEOUT_SECONDS + " s";
            }
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (run.exitValue() != 0) {
                return "chrt exited with " + run.exitValue() + (output.isEmpty() ? "" : ": " + output);
            }
            int policy = policy(self);
            return policy == SCHED_BATCH ? null : "chrt succeeded but the thread's policy is " + policy;
        } catch (IOException e) {
            return "chrt could not be run (" + e.getMessage() + "); it comes with util-linux";
        } catch (RuntimeException e) {
            // A security manager, a platform that cannot start processes, an unexpected stat
            // line: the I/O thread must still run its loop, under the normal policy.
            return e.toString();
        } catch (InterruptedException e) {
            // Not passed on: the I/O thread's poller would return from every select at once
            // with the flag set. Nothing of zmqrpc's interrupts this thread.
            return "interrupted while chrt ran";
        }
    }

    /**
     * A thread's scheduling policy, the 41st field of its {@code stat} file.
     *
     * @param task {@code /proc/<pid>/task/<tid>} or {@code /proc/thread-self}
     * @return the policy number (0 normal, 3 batch)
     * @throws IOException when the file cannot be read
     */
    static int policy(Path task) throws IOException {
        String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
        // The name in parentheses may hold spaces: fields are counted after its closing one, the
        // first of which is the third field.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Integer.parseInt(fields[41 - 3]);
    }

    /** chrt where Debian and most distributions put it, else whatever PATH finds. */
    private static String chrtCommand() {
        for (String dir : new String[] {"/usr/bin", "/bin"}) {
            Path candidate = Path.of(dir, "chrt");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return "chrt";
    }
}
