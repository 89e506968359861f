package io.zmqrpc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The counters' difference is taken per thread: one that ends between two samples cannot make it negative. */
class ThreadCountersTest {

    @Test
    void aThreadThatEndsBetweenTwoSamplesLeavesTheDifferenceAtZeroOrMore() throws Exception {
        CountDownLatch switched = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        Thread busy = new Thread(() -> {
            // A few thousand context switches of its own, counted in the first sample.
            for (int i = 0; i < 3000; i++) {
                LockSupport.parkNanos(1_000);
            }
            switched.countDown();
            try {
                end.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ending-thread");
        busy.start();
        assertThat(switched.await(30, TimeUnit.SECONDS)).isTrue();
        ThreadCounters.Sample before = ThreadCounters.sample();
        end.countDown();
        busy.join();
        ThreadCounters.Sample cost = ThreadCounters.sample().since(before);

        assertThat(before.contextSwitches()).isGreaterThan(3000);
        assertThat(cost.contextSwitches()).as("the ended thread's switches are not subtracted").isNotNegative();
        assertThat(cost.cpuNanos()).isNotNegative();
    }
}
