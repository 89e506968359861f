package io.zmqrpc.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcException;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.testing.Loopback;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Blocking callers of a client that promises they are never interrupted read their own replies
 * when nobody else reads: the one that leads and those
 * that wait behind it each get their own answer, stop at their own deadline, and an interrupted
 * caller gets its interrupt back while the others go on.
 */
class BlockingCallersTest {

    /** Answers {@code wait} only when released; {@code echo} at once. */
    public static class Gate {
        final CountDownLatch release = new CountDownLatch(1);

        @RpcMethod
        public String waitFor(String tag) throws InterruptedException {
            release.await(30, TimeUnit.SECONDS);
            return tag;
        }

        @RpcMethod
        public String echo(String tag) {
            return tag;
        }
    }

    @Test
    void aCallerWaitingBehindALeaderGetsItsAnswerWhileTheLeaderStillWaits() throws Exception {
        Gate gate = new Gate();
        try (Loopback loop = Loopback.serve(gate, server -> server, client -> client.uninterruptedCallers(true))) {
            RpcChannel client = loop.client();
            CompletableFuture<String> leader = CompletableFuture.supplyAsync(() -> client.call(String.class, "waitFor", "first"));
            // The leader's call is pending (the handler waits): the next blocking caller cannot lead,
            // and its reply is read for it by the leader.
            waitUntilPending(client, 1);
            for (int i = 0; i < 50; i++) {
                assertThat(client.call(String.class, "echo", "n" + i)).isEqualTo("n" + i);
            }
            assertThat(leader).isNotDone();
            gate.release.countDown();
            assertThat(leader.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            // And afterwards the socket thread or a new leader reads as before.
            assertThat(client.call(String.class, "echo", "after")).isEqualTo("after");
            assertThat(client.callAsync(String.class, "echo", List.of("async"), Map.of()).get(10, TimeUnit.SECONDS))
                    .isEqualTo("async");
        }
    }

    @Test
    void aLeaderAndAFollowerEachTimeOutAtTheirOwnDeadline() throws Exception {
        Gate gate = new Gate();
        try (Loopback loop = Loopback.serve(gate, server -> server, client -> client.uninterruptedCallers(true))) {
            RpcChannel slow = loop.client().withTimeout(Duration.ofMillis(1500));
            RpcChannel quick = loop.client().withTimeout(Duration.ofMillis(300));
            CompletableFuture<Long> leader = CompletableFuture.supplyAsync(() -> timeOut(slow));
            waitUntilPending(loop.client(), 1);

            long followerTook = timeOut(quick);

            assertThat(followerTook).as("the follower's wait, ms").isBetween(290L, 1200L);
            assertThat(leader.get(10, TimeUnit.SECONDS)).as("the leader's wait, ms").isBetween(1490L, 2500L);
            gate.release.countDown();
            assertThat(loop.client().call(String.class, "echo", "still")).isEqualTo("still");
        }
    }

    /** Calls {@code waitFor} on a client whose timeout is short and returns how long it took to time out. */
    private static long timeOut(RpcChannel client) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> client.call(String.class, "waitFor", "never"))
                .isInstanceOf(RpcTimeoutException.class)
                .hasMessageStartingWith("call waitFor to [tcp://127.0.0.1:")
                .hasMessageEndingWith("] timed out");
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void anInterruptedLeaderGetsItsInterruptBackAndTheClientGoesOn() throws Exception {
        Gate gate = new Gate();
        try (Loopback loop = Loopback.serve(gate, server -> server, client -> client.uninterruptedCallers(true))) {
            RpcChannel client = loop.client();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicReference<Boolean> flag = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    client.call(String.class, "waitFor", "interrupted");
                } catch (Throwable t) {
                    failure.set(t);
                }
                flag.set(Thread.currentThread().isInterrupted());
            });
            caller.start();
            waitUntilPending(client, 1);
            caller.interrupt();
            caller.join(10_000);

            assertThat(failure.get()).isInstanceOf(RpcException.class)
                    .hasMessage("interrupted while waiting for waitFor");
            assertThat(flag.get()).isTrue();
            assertThat(client.pendingCalls()).isZero();
            gate.release.countDown();
            for (int i = 0; i < 20; i++) {
                assertThat(client.call(String.class, "echo", "n" + i)).isEqualTo("n" + i);
            }
        }
    }

    private static void waitUntilPending(RpcChannel client, int calls) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (client.pendingCalls() < calls) {
            assertThat(System.nanoTime()).as("%d calls pending within 10 s", calls).isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
