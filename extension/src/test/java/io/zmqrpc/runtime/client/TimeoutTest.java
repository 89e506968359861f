package io.zmqrpc.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.ServiceClosedException;
import io.zmqrpc.runtime.client.fixtures.Service;
import io.zmqrpc.testing.LogCapture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Per-client and per-view timeouts; a timed-out call leaves nothing behind and its late reply is dropped. */
class TimeoutTest {

    private final ServedService served = new ServedService();
    private final Service service = served.service;
    private final RpcChannel client = served.client;

    @AfterEach
    void close() {
        served.close();
    }

    @Test
    void withTimeoutIsAViewSharingTheConnection() throws Exception {
        RpcChannel quick = client.withTimeout(Duration.ofMillis(300));

        assertThat(quick.timeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(client.timeout()).isEqualTo(Duration.ofSeconds(30));
        CompletableFuture<Object> slow = client.callAsync("held");
        assertThat(service.entered.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
        assertThat(quick.pendingCalls()).as("the view sees the client's pending call").isEqualTo(1);
        assertThat(quick.call(Long.class, "add", 1, 2)).isEqualTo(3L);
        assertThatThrownBy(() -> client.withTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeout must be a positive duration, got PT0S");

        quick.close();

        assertThatThrownBy(() -> slow.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ServiceClosedException.class);
        assertThatThrownBy(() -> client.call("add", 1, 2)).isInstanceOf(ServiceClosedException.class);
    }

    @Test
    void blockingTimeoutLeavesNoPendingCallAndTheLateReplyIsDroppedAndLogged() throws Exception {
        try (LogCapture log = LogCapture.of(DealerConnection.class)) {
            RpcChannel quick = client.withTimeout(Duration.ofMillis(200));

            assertThatThrownBy(() -> quick.call("held")).isExactlyInstanceOf(RpcTimeoutException.class)
                    .hasMessageStartingWith("call held ");
            assertThat(client.pendingCalls()).isZero();

            service.release.countDown();
            awaitLog(log, "which is not waiting (timed out, or never sent)");
            assertThat(log.records()).hasSize(1);
            assertThat(log.records().get(0).getLevel()).isEqualTo(Level.INFO);
            assertThat(log.messages().get(0)).isEqualTo("zmqrpc test-client: dropped a reply to request 1, "
                    + "which is not waiting (timed out, or never sent)");
            assertThat(client.pendingCalls()).isZero();
            assertThat(client.call(Long.class, "add", 2, 2)).isEqualTo(4L);
        }
    }

    @Test
    void asynchronousTimeout() throws Exception {
        CompletableFuture<Object> call = client.withTimeout(Duration.ofMillis(200))
                .callAsync(Object.class, "held", List.of(), Map.of());

        assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isExactlyInstanceOf(RpcTimeoutException.class);
        assertThat(client.pendingCalls()).isZero();
    }

    private static void awaitLog(LogCapture log, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (log.messages().stream().noneMatch(m -> m.contains(text)) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(log.messages()).anyMatch(m -> m.contains(text));
    }
}
