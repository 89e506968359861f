package io.zmqrpc.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * CPU time that named threads use over an interval: shows that an idle socket thread sleeps rather
 * than spins (a spinning thread burns about the whole interval, a sleeping one next to nothing).
 */
public final class ThreadCpu {

    private ThreadCpu() {
    }

    /**
     * Sleeps for {@code interval} and returns the CPU time the named threads used meanwhile.
     *
     * @param interval how long to watch
     * @param threadNames the exact names of live threads, each of which must exist
     * @return milliseconds of CPU, summed over the threads
     * @throws InterruptedException if interrupted while watching
     */
    public static long millisOver(Duration interval, String... threadNames) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> names = List.of(threadNames);
        long[] ids = Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(info -> info != null && names.contains(info.getThreadName()))
                .mapToLong(ThreadInfo::getThreadId).toArray();
        if (ids.length != names.size()) {
            throw new IllegalStateException("expected live threads " + names + ", found " + ids.length);
        }
        long before = Arrays.stream(ids).map(threads::getThreadCpuTime).sum();
        Thread.sleep(interval.toMillis());
        return TimeUnit.NANOSECONDS.toMillis(Arrays.stream(ids).map(threads::getThreadCpuTime).sum() - before);
    }
}
