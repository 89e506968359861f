package io.zmqrpc.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.ThreadCpu;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Socket threads that look for work before they sleep ({@code spin} of the options builders) lose no
 * call and no wake-up, and do go to sleep once there is nothing to do.
 */
class SpinningLoopTest {

    private static final Duration SPIN = Duration.ofMillis(1);

    /** Echoes and counts notifications. */
    public static final class Service {
        final AtomicInteger notified = new AtomicInteger();

        @RpcMethod
        public int echo(int n) {
            return n;
        }

        @RpcMethod
        public void hit(int n) {
            notified.incrementAndGet();
        }
    }

    @Test
    void spinningClientAndServerAnswerEveryCallAndThenSleep() throws Exception {
        try (RpcServer server = ZmqRpc.serveRpc(new Service(), ServerOptions.builder().name("spinning-server")
                    .bind("tcp://127.0.0.1:*").spin(SPIN).build());
             RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().name("spinning-client")
                     .connect(server.endpoints().get(0)).spin(SPIN).timeout(Duration.ofSeconds(5)).build())) {
            for (int n = 0; n < 500; n++) {
                assertThat(client.call(Integer.class, "echo", n)).isEqualTo(n);
            }
            // Fewer than the high-water mark (1000) in flight: beyond it a ROUTER drops the replies
            // its peer's pipe cannot take (docs/reliability.md), which is not what is tested here.
            List<CompletableFuture<Integer>> replies = new ArrayList<>();
            for (int n = 0; n < 500; n++) {
                replies.add(client.callAsync(Integer.class, "echo", List.of(n), Map.of()));
            }
            for (int n = 0; n < replies.size(); n++) {
                assertThat(replies.get(n).get(10, TimeUnit.SECONDS)).isEqualTo(n);
            }
            // Idle now: both socket threads must sleep after at most a spin's time (spinning for
            // good would burn about 1,000 ms of CPU each in this second).
            Thread.sleep(100);
            assertThat(ThreadCpu.millisOver(Duration.ofSeconds(1), "zmqrpc-spinning-server", "zmqrpc-spinning-client"))
                    .isLessThan(200);
            assertThat(client.call(Integer.class, "echo", 7)).isEqualTo(7);
        }
    }

    @Test
    void aSpinningPipelineServerTakesEveryNotification() throws Exception {
        Service service = new Service();
        try (RpcServer server = ZmqRpc.servePipeline(service, ServerOptions.builder().bind("tcp://127.0.0.1:*")
                    .spin(SPIN).maxInFlight(1).build());
             PipelineClient client = ZmqRpc.connectPipeline(ClientOptions.builder().connect(server.endpoints().get(0))
                     .spin(SPIN).build())) {
            for (int n = 0; n < 5_000; n++) {
                client.notify("hit", List.of(n), Map.of());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (service.notified.get() < 5_000 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(service.notified.get()).isEqualTo(5_000);
        }
    }
}
