package io.zmqrpc.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.testing.Loopback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A blocking caller that may use the socket (its client promises callers are never interrupted)
 * reads its own reply, so sequential blocking calls cost the client's socket thread nothing: it
 * sleeps through them. Counted as the thread's context switches (Linux
 * {@code /proc}), which a wake-up per call would raise by one per call.
 */
class SequentialCallCostTest {

    private static final int CALLS = 2_000;

    /** Echoes. */
    public static class Echo {
        @RpcMethod
        public long echo(long n) {
            return n;
        }
    }

    @Test
    void sequentialBlockingCallsDoNotWakeTheClientsSocketThread() throws Exception {
        // The client connects over TCP, so its listener is wrapped for handshake recovery as by default.
        try (Loopback loop = Loopback.serve(new Echo(), server -> server.name("seqsrv"), client -> client.name("seqcli").uninterruptedCallers(true))) {
            RpcChannel client = loop.client();
            for (long i = 0; i < 200; i++) {
                assertThat(client.call(Long.class, "echo", i)).isEqualTo(i);
            }
            long before = switches("zmqrpc-seqcli");

            for (long i = 0; i < CALLS; i++) {
                assertThat(client.call(Long.class, "echo", i)).isEqualTo(i);
            }

            long during = switches("zmqrpc-seqcli") - before;
            assertThat(during).as("context switches of the client's socket thread over %d calls", CALLS)
                    .isLessThan(CALLS / 20);
        }
    }

    /** Voluntary and involuntary context switches of the one live thread with this name. */
    private static long switches(String threadName) throws IOException {
        List<Path> tasks;
        try (Stream<Path> all = Files.list(Path.of("/proc/self/task"))) {
            tasks = all.filter(task -> threadName.equals(read(task.resolve("comm")).strip())).toList();
        }
        assertThat(tasks).as("threads named %s", threadName).hasSize(1);
        return read(tasks.get(0).resolve("status")).lines()
                .filter(line -> line.startsWith("voluntary_ctxt_switches") || line.startsWith("nonvoluntary_ctxt_switches"))
                .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(':') + 1).strip()))
                .sum();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
