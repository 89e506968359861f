package io.zmqrpc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the JVM's threads have cost so far: CPU time and context switches (voluntary and not, from
 * {@code /proc/self/task}, Linux only), JIT compiler threads left out of both, and the CPU time of
 * the I/O threads (from {@link ThreadMXBean}, precise to the microsecond where {@code /proc}
 * counts 10 ms ticks). Two samples around a run give its cost; a thread hand-off costs a context
 * switch, so switches per call count the hand-offs. Threads that end between two samples take
 * their counts with them; the difference is taken thread by thread, so that it is never negative.
 */
final class ThreadCounters {

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    private ThreadCounters() {
    }

    /**
     * The counters at one moment, kept per thread so that a thread that ends between two samples
     * cannot make the difference negative (the totals of the live threads alone would drop by its
     * counts).
     *
     * @param cpuNanos        CPU time of every thread but the JIT compilers, in 10 ms steps
     * @param contextSwitches context switches of the same threads
     * @param ioCpuNanos      CPU time of the {@linkplain #isIoThread I/O threads}
     * @param perThread       ticks and switches by thread id; empty in a difference
     */
    record Sample(long cpuNanos, long contextSwitches, long ioCpuNanos, Map<String, long[]> perThread) {

        /**
         * What was spent between {@code earlier} and this sample: by the threads alive at both,
         * and all of what threads started since have spent. A thread that ended in between takes
         * its counts with it (the figure is low by them, never negative).
         */
        Sample since(Sample earlier) {
            long ticks = 0;
            long switches = 0;
            for (Map.Entry<String, long[]> thread : perThread.entrySet()) {
                long[] before = earlier.perThread.getOrDefault(thread.getKey(), NONE);
                ticks += thread.getValue()[0] - before[0];
                switches += thread.getValue()[1] - before[1];
            }
            return new Sample(ticks * NANOS_PER_TICK, switches, ioCpuNanos - earlier.ioCpuNanos, Map.of());
        }
    }

    private static final long[] NONE = {0, 0};

    /** Reads the counters now; a few milliseconds of work, to be done outside a measured window. */
    static Sample sample() {
        long ticks = 0;
        long switches = 0;
        Map<String, long[]> perThread = new HashMap<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    // JIT compilation on a starved machine goes on long after a warm-up and says
                    // nothing about the code measured.
                    if (Files.readString(task.resolve("comm")).contains("Compiler")) {
                        continue;
                    }
                    long threadTicks = cpuTicks(Files.readString(task.resolve("stat")));
                    long threadSwitches = contextSwitches(task);
                    ticks += threadTicks;
                    switches += threadSwitches;
                    perThread.put(task.getFileName().toString(), new long[] {threadTicks, threadSwitches});
                } catch (IOException e) {
                    // The thread ended between the listing and the read.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TASKS + " (the bench counts threads on Linux only)", e);
        }
        return new Sample(ticks * NANOS_PER_TICK, switches, ioCpuNanos(), perThread);
    }

    /**
     * Whether a thread moves the bytes of a transport rather than running the caller's or the
     * handler's code: JeroMQ's I/O threads ({@code iothread-N}) and gRPC's Netty event loops (boss
     * and workers, {@code grpc-default-worker-ELG-3-1} with epoll, {@code grpc-nio-worker-ELG-...}
     * with NIO).
     */
    static boolean isIoThread(String name) {
        return name.startsWith("iothread") || name.startsWith("grpc-") && name.contains("-ELG-");
    }

    /** utime + stime: the 14th and 15th fields, counted after the parenthesised name. */
    private static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long contextSwitches(Path task) throws IOException {
        long total = 0;
        for (String line : Files.readAllLines(task.resolve("status"))) {
            if (line.startsWith("voluntary_ctxt_switches") || line.startsWith("nonvoluntary_ctxt_switches")) {
                total += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return total;
    }

    private static long ioCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds(), 0)) {
            if (info != null && isIoThread(info.getThreadName())) {
                // -1 once the thread has ended.
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }
}
