package io.zmqrpc.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A server at its in-flight limit stops reading; when a call finishes it must read again. The
 * finish could fall between the loop's look at {@code readable()} and its sleep, when the loop
 * seemed awake and was not woken: the loop then slept with the socket unwatched and the server
 * stalled for good (seen in the benchmark's pipeline run, which keeps more messages outstanding
 * than the default limit). Thousands of turns at a limit of one make that window likely.
 */
class BackPressureWakeupTest {

    /** Counts notifications. */
    public static final class Counter {
        final AtomicInteger received = new AtomicInteger();

        @RpcMethod
        public void hit(int n) {
            received.incrementAndGet();
        }
    }

    @Test
    void aServerAtItsInFlightLimitKeepsReadingAsCallsFinish() throws Exception {
        Counter counter = new Counter();
        int notifications = 20_000;
        try (RpcServer server = ZmqRpc.servePipeline(counter,
                ServerOptions.builder().bind("tcp://127.0.0.1:*").maxInFlight(1).build());
             PipelineClient client = ZmqRpc.connectPipeline(ClientOptions.connect(server.endpoints().get(0)))) {
            for (int i = 0; i < notifications; i++) {
                client.notify("hit", List.of(i), Map.of());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (counter.received.get() < notifications && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(counter.received.get()).isEqualTo(notifications);
    }
}
