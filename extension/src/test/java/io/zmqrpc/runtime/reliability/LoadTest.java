package io.zmqrpc.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many threads on several clients sharing two servers, blocking and async calls mixed with slow ones:
 * every call gets exactly its own answer.
 */
class LoadTest {

    private static final int THREADS = 16;
    private static final int CLIENTS = 2;
    private static final int CALLS = 5_000;
    /** Async calls a thread keeps outstanding before it waits for them. */
    private static final int WINDOW = 64;

    /** Answers with the caller's own id and sequence, so that a mix-up shows. */
    public static class Echo {
        private final String server;
        final java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();

        Echo(String server) {
            this.server = server;
        }

        @RpcMethod
        public String tag(String caller, long seq) {
            served.incrementAndGet();
            return caller + "/" + seq + "@" + server;
        }

        @RpcMethod
        public String slow(String caller, long seq) throws InterruptedException {
            Thread.sleep(2);
            return tag(caller, seq);
        }
    }

    @Test
    void everyCallGetsItsOwnAnswer() throws Exception {
        Echo echoA = new Echo("A");
        Echo echoB = new Echo("B");
        RpcServer a = ZmqRpc.serveRpc(echoA, ServerOptions.builder().bind("tcp://127.0.0.1:*").name("load-a").build());
        RpcServer b = ZmqRpc.serveRpc(echoB, ServerOptions.builder().bind("tcp://127.0.0.1:*").name("load-b").build());
        List<RpcChannel> clients = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        Set<String> answers = ConcurrentHashMap.newKeySet();
        try {
            for (int c = 0; c < CLIENTS; c++) {
                // Each client spreads its calls over both servers.
                clients.add(ZmqRpc.connectRpc(ClientOptions.builder().connect(a.endpoints().get(0), b.endpoints().get(0))
                        .timeout(Duration.ofSeconds(60)).name("load-client-" + c).build()));
            }
            long start = System.nanoTime();
            List<Future<Integer>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(threads.submit(() -> run(thread, clients, answers)));
            }
            long total = 0;
            for (Future<Integer> w : work) {
                total += w.get(120, TimeUnit.SECONDS);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("load: %d calls (%d threads x %d clients x %d, async and blocking, 1 in 50 slow) over 2 servers"
                    + " in %.1f s: %.0f calls/s (server A ran %d, B %d), no loss, no duplicate, no mix-up%n",
                    total, THREADS, CLIENTS, CALLS, seconds, total / seconds, echoA.served.get(), echoB.served.get());
            assertThat(total).isEqualTo((long) THREADS * CLIENTS * CALLS);
            assertThat(answers).hasSize(THREADS * CLIENTS * CALLS);
            // Each call ran exactly once, and both servers took a share.
            assertThat(echoA.served.get() + echoB.served.get()).isEqualTo(total);
            assertThat(echoA.served.get()).isPositive();
            assertThat(echoB.served.get()).isPositive();
            for (RpcChannel client : clients) {
                assertThat(client.pendingCalls()).isZero();
            }
        } finally {
            threads.shutdownNow();
            clients.forEach(RpcChannel::close);
            a.close();
            b.close();
        }
    }

    /** One thread's calls: on each client, alternating windows of async calls and blocking calls. */
    private static int run(int thread, List<RpcChannel> clients, Set<String> answers) throws Exception {
        int done = 0;
        for (int c = 0; c < clients.size(); c++) {
            RpcChannel client = clients.get(c);
            String caller = "t" + thread + "c" + c;
            List<CompletableFuture<String>> window = new ArrayList<>(WINDOW);
            List<Long> windowSeqs = new ArrayList<>(WINDOW);
            for (long seq = 0; seq < CALLS; seq++) {
                String method = seq % 50 == 0 ? "slow" : "tag";
                if ((seq / WINDOW) % 2 == 0) {
                    window.add(client.callAsync(String.class, method, List.of(caller, seq), Map.of()));
                    windowSeqs.add(seq);
                    if (window.size() == WINDOW) {
                        done += collect(caller, window, windowSeqs, answers);
                    }
                } else {
                    done += check(caller, seq, client.call(String.class, method, caller, seq), answers);
                }
            }
            done += collect(caller, window, windowSeqs, answers);
        }
        return done;
    }

    private static int collect(String caller, List<CompletableFuture<String>> window, List<Long> seqs,
            Set<String> answers) throws Exception {
        int done = 0;
        for (int i = 0; i < window.size(); i++) {
            done += check(caller, seqs.get(i), window.get(i).get(60, TimeUnit.SECONDS), answers);
        }
        window.clear();
        seqs.clear();
        return done;
    }

    private static int check(String caller, long seq, String answer, Set<String> answers) {
        String expected = caller + "/" + seq + "@";
        if (!answer.startsWith(expected) || answer.length() != expected.length() + 1) {
            throw new AssertionError("call " + caller + "/" + seq + " got the answer " + answer);
        }
        if (!answers.add(answer.substring(0, answer.length() - 2))) {
            throw new AssertionError("call " + caller + "/" + seq + " answered twice");
        }
        return 1;
    }
}
