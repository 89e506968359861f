package io.zmqrpc.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The opt-in {@code SCHED_BATCH} policy of JeroMQ's I/O thread (Linux {@code /proc} tells a
 * thread's policy: 0 normal, 3 batch).
 */
class IoThreadSchedulingTest {

    private static final int SCHED_NORMAL = 0;

    @Test
    void aBatchThreadSwitchesItselfBeforeItRunsItsTask() throws Exception {
        Thread thread = IoThreadScheduling.batchThread(() -> { }, "iothread-test", System.Logger.Level.WARNING);

        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).isEqualTo("iothread-test");
        assertThat(policySeenByTask(task -> IoThreadScheduling.batchThread(task, "iothread-test",
                System.Logger.Level.WARNING))).isEqualTo(IoThreadScheduling.SCHED_BATCH);
    }

    @Test
    void aThreadThatCannotSwitchStillRunsItsTaskUnderTheNormalPolicy() throws Exception {
        assertThat(policySeenByTaskWith("/nonexistent/chrt")).isEqualTo(SCHED_NORMAL);
        // /bin/false: a chrt that fails
        assertThat(policySeenByTaskWith("/bin/false")).isEqualTo(SCHED_NORMAL);
        assertThat(IoThreadScheduling.switchCurrentThread("/nonexistent/chrt"))
                .startsWith("chrt could not be run (").endsWith("); it comes with util-linux");
        assertThat(IoThreadScheduling.switchCurrentThread("/bin/false")).isEqualTo("chrt exited with 1");
    }

    private static int policySeenByTaskWith(String chrt) throws Exception {
        return policySeenByTask(task -> IoThreadScheduling.batchThread(task, "iothread-failing",
                System.Logger.Level.DEBUG, chrt));
    }

    /** Starts the thread {@code factory} makes and tells the policy its task saw. */
    private static int policySeenByTask(java.util.function.Function<Runnable, Thread> factory) throws Exception {
        CompletableFuture<Integer> seen = new CompletableFuture<>();
        factory.apply(() -> {
            try {
                seen.complete(IoThreadScheduling.policy(Path.of("/proc/thread-self")));
            } catch (IOException e) {
                seen.completeExceptionally(e);
            }
        }).start();
        return seen.get(10, TimeUnit.SECONDS);
    }

    @Test
    void byDefaultOrAskedForTheContextsIoThreadRunsUnderBatch() throws Exception {
        assertThat(newIoThreadPolicy(null)).isEqualTo(IoThreadScheduling.SCHED_BATCH);
        assertThat(newIoThreadPolicy("True")).isEqualTo(IoThreadScheduling.SCHED_BATCH);
    }

    @Test
    void falseKeepsTheNormalPolicy() throws Exception {
        assertThat(newIoThreadPolicy("FALSE")).isEqualTo(SCHED_NORMAL);
    }

    @Test
    void aBadValueIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> SharedContext.create("yes"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("zmqrpc.io-thread.batch-scheduling must be true or false, got 'yes'");
    }

    @Test
    void aBadValueFailsTheFirstSocketsStartNamingTheProperty() {
        // Read when the process's context is created, by the first socket that opens (no other
        // socket is open between tests: each stops what it starts).
        System.setProperty(IoThreadScheduling.PROPERTY, "sometimes");
        try {
            assertThatThrownBy(() -> SocketLoop.start(new SocketConfig("batch-bad", SocketType.ROUTER,
                    SocketSettings.builder().bind(List.of("tcp://127.0.0.1:*")).build()), new SocketLoop.Listener() {
                        @Override
                        public void onMessage(byte[][] frames) {
                        }
                    }))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("zmqrpc.io-thread.batch-scheduling must be true or false, got 'sometimes'");
        } finally {
            System.clearProperty(IoThreadScheduling.PROPERTY);
        }
    }

    /**
     * Creates a context as {@link SharedContext} does with this value of the property, opens a
     * socket (which starts its I/O thread) and tells that thread's policy.
     */
    private static int newIoThreadPolicy(String property) throws Exception {
        Set<Path> before = ioThreads();
        try (ZContext context = SharedContext.create(property)) {
            ZMQ.Socket socket = context.createSocket(SocketType.ROUTER);
            socket.bind("tcp://127.0.0.1:*");
            // The thread takes its name, then switches itself, as it starts: both are waited for, bounded.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            List<Path> started = List.of();
            while (started.isEmpty() && System.nanoTime() < deadline) {
                started = ioThreads().stream().filter(task -> !before.contains(task)).toList();
                Thread.sleep(started.isEmpty() ? 10 : 0);
            }
            assertThat(started).as("I/O threads the context started").hasSize(1);
            int policy = IoThreadScheduling.policy(started.get(0));
            while (IoThreadScheduling.choice(property) != IoThreadScheduling.Choice.OFF && policy != IoThreadScheduling.SCHED_BATCH && System.nanoTime() < deadline) {
                Thread.sleep(10);
                policy = IoThreadScheduling.policy(started.get(0));
            }
            return policy;
        }
    }

    private static Set<Path> ioThreads() throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(task -> comm(task).startsWith("iothread")).collect(Collectors.toSet());
        }
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            // a thread that ended meanwhile
            return "";
        }
    }
}
