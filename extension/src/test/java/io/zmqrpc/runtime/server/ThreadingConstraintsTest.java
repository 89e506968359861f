package io.zmqrpc.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.server.fixtures.ThreadRecorder;
import io.zmqrpc.runtime.transport.OpenSockets;
import io.zmqrpc.testing.Loopback;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** No call creates a thread or a socket, and handlers never run on the socket thread. */
class ThreadingConstraintsTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void callsCreateNoThreadAndNoSocket() throws Exception {
        ThreadRecorder recorder = new ThreadRecorder();
        try (Loopback loop = Loopback.serve(recorder)) {
            RpcChannel client = loop.client();
            run(client, 300);
            int threadsBefore = THREADS.getThreadCount();
            int socketsBefore = OpenSockets.count();

            run(client, 2000);

            int threadsAfter = THREADS.getThreadCount();
            System.out.println("threads before/after 2,000 calls: " + threadsBefore + "/" + threadsAfter);
            assertThat(threadsAfter).as("live threads").isBetween(threadsBefore - 2, threadsBefore + 2);
            assertThat(OpenSockets.count()).as("open sockets").isEqualTo(socketsBefore);
        }
    }

    @Test
    void handlersNeverRunOnTheSocketThread() throws Exception {
        ThreadRecorder recorder = new ThreadRecorder();
        try (Loopback loop = Loopback.serve(recorder)) {
            run(loop.client(), 200);

            assertThat(recorder.threads).isNotEmpty()
                    .doesNotContain("zmqrpc-test-server", "zmqrpc-test-client")
                    .allMatch(name -> name.startsWith("zmqrpc-test-server-handler-"), "a handler pool thread");
        }
    }

    /** Blocking and asynchronous calls, half each, checking every answer. */
    private static void run(RpcChannel client, int calls) throws Exception {
        List<CompletableFuture<Long>> async = new ArrayList<>();
        for (long i = 0; i < calls; i++) {
            if (i % 2 == 0) {
                assertThat(client.call(Long.class, "record", i)).isEqualTo(i);
            } else {
                async.add(client.callAsync(Long.class, "record", List.of(i), Map.of()));
            }
        }
        for (int i = 0; i < async.size(); i++) {
            assertThat(async.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(2L * i + 1);
        }
    }
}
