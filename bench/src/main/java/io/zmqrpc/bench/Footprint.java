package io.zmqrpc.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

/**
 * Heap in use after a full collection, and live threads, before and after a long run of calls:
 * growth of either across a million calls means a leak or a thread per call.
 */
record Footprint(Scenario scenario, long calls, long heapBefore, long heapAfter, int threadsBefore, int threadsAfter) {

    static Footprint measure(EchoSystem system, Scenario scenario, long calls) throws Exception {
        long heapBefore = heapAfterGc();
        int threadsBefore = liveThreads();
        long done = system.closedLoop(scenario, calls, TimeUnit.MINUTES.toNanos(10));
        long heapAfter = heapAfterGc();
        return new Footprint(scenario, done, heapBefore, heapAfter, threadsBefore, liveThreads());
    }

    /** {@code System.gc()} is only a request: repeating it lets finalization and reference
     *  processing complete so that the reading settles. */
    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }
}
