package io.zmqrpc.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.Handlers;
import io.zmqrpc.testing.Loopback;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Handlers declared inline run on the thread that read the request (the server's socket thread);
 * every other handler runs on the handler executor, so that one that blocks holds up nothing.
 */
class InlineHandlersTest {

    private static final String SOCKET_THREAD = "zmqrpc-test-server";
    private static final String HANDLER_THREAD = "zmqrpc-test-server-handler-";

    /** Answers with the name of the thread each method ran on. */
    public static class Where {
        @RpcMethod(inline = true)
        public String inline() {
            return Thread.currentThread().getName();
        }

        @RpcMethod
        public String pooled() {
            return Thread.currentThread().getName();
        }
    }

    /** Blocks until released; the other method answers at once. */
    public static class Blocking {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);

        @RpcMethod
        public String block() throws InterruptedException {
            entered.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            return "released";
        }

        @RpcMethod
        public String quick() {
            return "quick";
        }
    }

    /** An inline method that starts work and returns a stage another thread completes. */
    public static class Async {
        final CompletableFuture<String> later = new CompletableFuture<>();
        volatile String startedOn;

        @RpcMethod(inline = true)
        public CompletionStage<String> slow() {
            startedOn = Thread.currentThread().getName();
            return later;
        }

        @RpcMethod(inline = true)
        public String quick() {
            return "quick";
        }
    }

    @Test
    void aMethodDeclaredInlineRunsOnTheSocketThreadAndTheOthersOnTheExecutor() {
        try (Loopback loop = Loopback.serve(new Where())) {
            RpcChannel client = loop.client();
            for (int i = 0; i < 50; i++) {
                assertThat(client.call(String.class, "inline")).isEqualTo(SOCKET_THREAD);
                assertThat(client.call(String.class, "pooled")).startsWith(HANDLER_THREAD);
            }
        }
    }

    @Test
    void theServerOptionRunsEveryHandlerInline() {
        try (Loopback loop = Loopback.serve(new Where(), server -> server.inline(true), client -> client)) {
            assertThat(loop.client().call(String.class, "inline")).isEqualTo(SOCKET_THREAD);
            assertThat(loop.client().call(String.class, "pooled")).isEqualTo(SOCKET_THREAD);
        }
    }

    @Test
    void aTreeServedThroughHandlersInlineRunsInlineOnlyUnderItsNamespace() {
        Object root = Handlers.builder()
                .add("fast", Handlers.inline(new Where()))
                .add("normal", new Where())
                .build();
        try (Loopback loop = Loopback.serve(root)) {
            RpcChannel client = loop.client();
            assertThat(client.call(String.class, "fast.pooled")).isEqualTo(SOCKET_THREAD);
            assertThat(client.call(String.class, "fast.inline")).isEqualTo(SOCKET_THREAD);
            assertThat(client.call(String.class, "normal.pooled")).startsWith(HANDLER_THREAD);
            assertThat(client.call(String.class, "normal.inline")).isEqualTo(SOCKET_THREAD);
        }
    }

    @Test
    void aBlockingHandlerOnTheDefaultPathHoldsUpNoOtherCall() throws Exception {
        Blocking handler = new Blocking();
        try (Loopback loop = Loopback.serve(handler)) {
            RpcChannel client = loop.client();
            CompletableFuture<String> blocked = client.callAsync(String.class, "block", List.of(), Map.of());
            assertThat(handler.entered.await(10, TimeUnit.SECONDS)).isTrue();

            for (int i = 0; i < 20; i++) {
                assertThat(client.call(String.class, "quick")).isEqualTo("quick");
            }
            assertThat(blocked).isNotDone();

            handler.release.countDown();
            assertThat(blocked.get(10, TimeUnit.SECONDS)).isEqualTo("released");
        }
    }

    @Test
    void anInlineHandlerReturningAStageFreesTheSocketThreadAndIsAnsweredWhenTheStageCompletes() throws Exception {
        Async handler = new Async();
        try (Loopback loop = Loopback.serve(handler)) {
            RpcChannel client = loop.client();
            CompletableFuture<String> slow = client.callAsync(String.class, "slow", List.of(), Map.of());

            // The socket thread is free again: further inline calls are served meanwhile.
            for (int i = 0; i < 20; i++) {
                assertThat(client.call(String.class, "quick")).isEqualTo("quick");
            }
            assertThat(handler.startedOn).isEqualTo(SOCKET_THREAD);
            assertThat(slow).isNotDone();

            Thread completer = new Thread(() -> handler.later.complete("done"), "completer");
            completer.start();
            assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("done");
            completer.join();
        }
    }

    @Test
    void anInlineHandlerThatBlocksHoldsUpTheCallsBehindIt() throws Exception {
        // The documented cost of inline: the socket thread runs the handler, so nothing else is read.
        Blocking handler = new Blocking();
        try (Loopback loop = Loopback.serve(handler, server -> server.inline(true), client -> client)) {
            RpcChannel client = loop.client();
            CompletableFuture<String> blocked = client.callAsync(String.class, "block", List.of(), Map.of());
            assertThat(handler.entered.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String> quick = client.callAsync(String.class, "quick", List.of(), Map.of());

            Thread.sleep(300);
            assertThat(quick).as("a call behind a blocked inline handler").isNotDone();

            handler.release.countDown();
            assertThat(blocked.get(10, TimeUnit.SECONDS)).isEqualTo("released");
            assertThat(quick.get(10, TimeUnit.SECONDS)).isEqualTo("quick");
        }
    }
}
