package io.zmqrpc.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.client.fixtures.Service;
import io.zmqrpc.testing.Loopback;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One client shared by 16 threads: every caller gets exactly its own answers. */
class ConcurrentCallersTest {

    private static final int THREADS = 16;
    private static final int CALLS = 200;

    @Test
    void sixteenThreadsEachGetTheirOwnAnswers() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try (Loopback loop = Loopback.serve(new Service())) {
            RpcChannel client = loop.client();
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int caller = t;
                Callable<List<String>> work = () -> {
                    List<String> answers = new ArrayList<>();
                    for (int seq = 0; seq < CALLS; seq++) {
                        // half blocking, half asynchronous, on the same connection
                        answers.add(seq % 2 == 0 ? client.call(String.class, "whoami", caller, seq)
                                : client.<String>callAsync(String.class, "whoami", List.of(caller, seq), java.util.Map.of())
                                        .get(30, TimeUnit.SECONDS));
                    }
                    return answers;
                };
                results.add(threads.submit(work));
            }
            for (int t = 0; t < THREADS; t++) {
                List<String> expected = new ArrayList<>();
                for (int seq = 0; seq < CALLS; seq++) {
                    expected.add(t + ":" + seq);
                }
                assertThat(results.get(t).get(120, TimeUnit.SECONDS)).as("caller %d", t).isEqualTo(expected);
            }
            assertThat(client.pendingCalls()).isZero();
        } finally {
            threads.shutdownNow();
        }
    }
}
