package io.zmqrpc.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;

/**
 * A socket used by several threads under its lock: any thread sends, a caller that leads reads
 * its own reply on its own thread, one reader at a time, and the listener is never called with
 * the lock held; an interrupted thread neither breaks the socket nor loses its interrupt.
 */
class SharedSocketTest {

    private static final long WAIT_SECONDS = 10;
    /** Messages the interrupted caller sends. */
    private static final int ROUNDS = 20_000;

    /** What a listener saw: each message's text and thread, and whether the lock was held. */
    private static final class Seen implements SocketLoop.Listener {
        final AtomicReference<SocketLoop> loop = new AtomicReference<>();
        final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        final Queue<String> threads = new ConcurrentLinkedQueue<>();
        final AtomicInteger sent = new AtomicInteger();
        final Queue<String> sentThreads = new ConcurrentLinkedQueue<>();
        final AtomicInteger gone = new AtomicInteger();
        final AtomicBoolean calledUnderLock = new AtomicBoolean();
        /** Echoes what it reads (a ROUTER's listener), from the thread that read it. */
        final boolean echo;

        Seen(boolean echo) {
            this.echo = echo;
        }

        private void check() {
            SocketLoop l = loop.get();
            if (l != null && l.lockHeldByCurrentThread()) {
                calledUnderLock.set(true);
            }
        }

        @Override
        public void onMessage(byte[][] frames) {
            check();
            threads.add(Thread.currentThread().getName());
            messages.add(new String(frames[frames.length - 1], StandardCharsets.UTF_8));
            if (echo) {
                loop.get().send(frames);
            }
        }

        @Override
        public void afterReads() {
            check();
        }

        @Override
        public void onSent(int count) {
            check();
            sentThreads.add(Thread.currentThread().getName());
            sent.addAndGet(count);
        }

        @Override
        public void onPeerGone(byte[] identity, int dropped) {
            check();
            gone.incrementAndGet();
        }

        String next() throws InterruptedException {
            String message = messages.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(message).as("a message within %d s", WAIT_SECONDS).isNotNull();
            return message;
        }
    }

    private final Seen server = new Seen(true);
    private final Seen client = new Seen(false);
    private SocketLoop router;
    private SocketLoop dealer;

    @BeforeEach
    void open() {
        router = start("shared-router", SocketType.ROUTER,
                SocketSettings.builder().bind(List.of("tcp://127.0.0.1:*")).build(), server);
        // The test's threads are not zmqrpc's own: they use the socket because the settings promise
        // they are never interrupted (the interrupt tests below make a dealer without the promise).
        dealer = start("shared-dealer", SocketType.DEALER, SocketSettings.builder()
                .connect(List.of(router.endpoints().get(0))).uninterruptedCallers(true).build(), client);
    }

    private static SocketLoop start(String name, SocketType type, SocketSettings settings, Seen seen) {
        SocketLoop loop = SocketLoop.start(new SocketConfig(name, type, settings), seen);
        seen.loop.set(loop);
        return loop;
    }

    @AfterEach
    void close() {
        dealer.close(Duration.ZERO);
        router.close(Duration.ZERO);
    }

    private static byte[][] text(String text) {
        return new byte[][] {text.getBytes(StandardCharsets.UTF_8)};
    }

    @Test
    void aCallerThatLeadsReadsItsOwnReplyOnItsOwnThread() throws Exception {
        assertThat(dealer.tryLead()).isTrue();
        dealer.send(text("mine"));
        dealer.lead(() -> !client.messages.isEmpty(), System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS));

        assertThat(client.next()).isEqualTo("mine");
        assertThat(client.threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void whoeverReadsWhileNobodyLeadsIsTheLoopThread() throws Exception {
        dealer.send(text("loop's"));

        assertThat(client.next()).isEqualTo("loop's");
        assertThat(client.threads).containsExactly("zmqrpc-shared-dealer");
        assertThat(server.threads).containsExactly("zmqrpc-shared-router");
    }

    @Test
    void oneReaderAtATime() throws Exception {
        assertThat(dealer.tryLead()).isTrue();
        AtomicBoolean second = new AtomicBoolean(true);
        Thread other = new Thread(() -> second.set(dealer.tryLead()));
        other.start();
        other.join();
        assertThat(second).as("a second caller's tryLead while one leads").isFalse();
        // The leader's turn ends with lead(), as always; the loop reads again afterwards.
        dealer.lead(() -> true, System.nanoTime());
        dealer.send(text("after"));
        assertThat(client.next()).isEqualTo("after");
        assertThat(client.threads).containsExactly("zmqrpc-shared-dealer");
    }

    @Test
    void aLeaderWhoseDeadlinePassesStopsReadingAndTheLoopTakesOver() throws Exception {
        assertThat(dealer.tryLead()).isTrue();
        long start = System.nanoTime();
        dealer.lead(() -> false, start + TimeUnit.MILLISECONDS.toNanos(200));
        assertThat(System.nanoTime() - start).isBetween(TimeUnit.MILLISECONDS.toNanos(190),
                TimeUnit.SECONDS.toNanos(5));

        dealer.send(text("later"));
        assertThat(client.next()).isEqualTo("later");
        assertThat(client.threads).containsExactly("zmqrpc-shared-dealer");
    }

    @Test
    void manyThreadsSendingAtOnceLoseNothingAndTheListenerNeverRunsUnderTheLock() throws Exception {
        int threads = 8;
        int each = 2_000;
        CountDownLatch go = new CountDownLatch(1);
        Thread[] senders = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            senders[t] = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < each; i++) {
                    dealer.send(text(id + ":" + i));
                }
            });
            senders[t].start();
        }
        go.countDown();
        for (Thread sender : senders) {
            sender.join();
        }

        int[] nextOf = new int[threads];
        for (int n = 0; n < threads * each; n++) {
            String[] parts = client.next().split(":");
            int id = Integer.parseInt(parts[0]);
            // Each thread's messages arrive in the order it sent them.
            assertThat(Integer.parseInt(parts[1])).isEqualTo(nextOf[id]++);
        }
        assertThat(server.sent.get()).as("echoes sent, as the server's listener heard").isEqualTo(threads * each);
        assertThat(client.sent.get()).as("requests sent, as the client's listener heard").isEqualTo(threads * each);

        dealer.close(Duration.ZERO);
        waitUntil(() -> server.gone.get() == 1);
        assertThat(server.calledUnderLock).as("a server listener method ran with the lock held").isFalse();
        assertThat(client.calledUnderLock).as("a client listener method ran with the lock held").isFalse();
    }

    @Test
    void withoutThePromiseOtherThreadsHandTheirMessagesToTheLoopAndNeverLead() throws Exception {
        Seen unpromised = new Seen(false);
        SocketLoop plain = start("plain-dealer", SocketType.DEALER,
                SocketSettings.builder().connect(List.of(router.endpoints().get(0))).build(), unpromised);
        try {
            assertThat(plain.tryLead()).as("a test thread's tryLead without the promise").isFalse();
            plain.send(text("handed over"));
            assertThat(unpromised.next()).isEqualTo("handed over");
            // The reply was read by the loop, and the request sent by it: the listener heard of
            // the send on the loop's thread.
            assertThat(unpromised.threads).containsExactly("zmqrpc-plain-dealer");
            waitUntil(() -> unpromised.sent.get() == 1);
            assertThat(unpromised.sentThreads).containsExactly("zmqrpc-plain-dealer");
        } finally {
            plain.close(Duration.ZERO);
        }
    }

    @Test
    void anInterruptedThreadSendsAndKeepsItsInterrupt() throws Exception {
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            Thread.currentThread().interrupt();
            dealer.send(text("interrupted"));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        caller.join();

        assertThat(client.next()).isEqualTo("interrupted");
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    void interruptsRainingOnCallersWithoutThePromiseLeaveTheSocketWorking() throws Exception {
        // The default: callers may be interrupted at any time, so they never use the socket
        // themselves (an interrupt inside one of JeroMQ's pipe reads or writes would close the
        // pipe); each round either arrives or is given up, and the socket keeps working.
        Seen unpromised = new Seen(false);
        SocketLoop plain = start("rained-dealer", SocketType.DEALER,
                SocketSettings.builder().connect(List.of(router.endpoints().get(0))).build(), unpromised);
        try {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger rounds = new AtomicInteger();
            // Bounded: the loop sends what callers hand it, so an unbounded flood would only
            // measure how fast the echo drains.
            Thread caller = new Thread(() -> {
                while (!stop.get() && rounds.get() < ROUNDS) {
                    Thread.interrupted();
                    assertThat(plain.tryLead()).isFalse();
                    plain.send(text("x"));
                    rounds.incrementAndGet();
                }
            }, "interrupted-caller");
            caller.start();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (System.nanoTime() < end && caller.isAlive()) {
                caller.interrupt();
                Thread.onSpinWait();
            }
            stop.set(true);
            caller.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertThat(caller.isAlive()).isFalse();
            assertThat(rounds.get()).isPositive();
            waitUntil(() -> unpromised.messages.size() >= rounds.get());
            assertThat(unpromised.messages).hasSize(rounds.get());
            unpromised.messages.clear();
            plain.send(text("still works"));
            assertThat(unpromised.next()).isEqualTo("still works");
        } finally {
            plain.close(Duration.ZERO);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %d s", WAIT_SECONDS).isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
