package io.zmqrpc.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcException;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.HeldEcho;
import io.zmqrpc.testing.ThreadCpu;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Threads with their interrupt flag set wake socket loops too: a handler thread of a pool being
 * shut down, a caller whose task was cancelled. When the wake-up went through a pipe, such a
 * thread's write closed the pipe for good (an interruptible channel closes itself on an
 * interrupted writer); the loop's end of the pipe then read as end-of-file, always ready, and the
 * socket thread spun at a full core from then on, idle or not.
 */
class InterruptedWakerTest {

    /** Answers from a handler thread that has just been interrupted. */
    public static final class Interrupted {
        @RpcMethod
        public String ping(int n) {
            Thread.currentThread().interrupt();
            return "pong " + n;
        }
    }

    @Test
    void repliesSentByInterruptedHandlerThreadsStillLeaveAndTheSocketThreadStillSleeps() throws Exception {
        try (RpcServer server = ZmqRpc.serveRpc(new Interrupted(), ServerOptions.builder().name("interrupted-server")
                    .bind("tcp://127.0.0.1:*").build());
             RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0))
                     .timeout(Duration.ofSeconds(5)).build())) {
            List<String> replies = new ArrayList<>();
            for (int n = 0; n < 50; n++) {
                replies.add(client.call(String.class, "ping", n));
            }
            assertThat(replies).hasSize(50).first().isEqualTo("pong 0");
            assertThat(replies).last().isEqualTo("pong 49");
            // Idle now: its socket thread must sleep, not spin (a spinning thread burns ~1,000 ms
            // of CPU in this second).
            assertThat(ThreadCpu.millisOver(Duration.ofSeconds(1), "zmqrpc-interrupted-server")).isLessThan(200);
        }
    }

    @Test
    void aCallerWithItsInterruptFlagSetDoesNotBreakTheClient() throws Exception {
        HeldEcho echo = new HeldEcho();
        try (RpcServer server = ZmqRpc.serveRpc(echo, ServerOptions.bind("tcp://127.0.0.1:*"));
             RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0))
                     .timeout(Duration.ofSeconds(5)).build())) {
            assertThat(client.call(Integer.class, "echo", 1)).isEqualTo(1);
            CompletableFuture<Throwable> interruptedCall = CompletableFuture.supplyAsync(() -> {
                Thread.currentThread().interrupt();
                try {
                    // Held until the caller has given up: its reply cannot be there before it waits.
                    client.call(Integer.class, "held", 2);
                    return null;
                } catch (RuntimeException e) {
                    return e;
                } finally {
                    Thread.interrupted();
                }
            }, runnable -> new Thread(runnable).start());
            assertThat(interruptedCall.get(10, TimeUnit.SECONDS)).isInstanceOf(RpcException.class)
                    .hasMessageContaining("interrupted");
            echo.release.countDown();
            // An interrupted caller may still send without waiting; it must not break the client either.
            for (int n = 0; n < 50; n++) {
                Thread.currentThread().interrupt();
                CompletableFuture<Integer> reply = client.callAsync(Integer.class, "echo", List.of(n), Map.of());
                Thread.interrupted();
                assertThat(reply.get(5, TimeUnit.SECONDS)).isEqualTo(n);
            }
            assertThat(client.call(Integer.class, "echo", 3)).isEqualTo(3);
        }
    }
}
