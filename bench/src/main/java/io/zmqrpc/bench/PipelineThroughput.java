package io.zmqrpc.bench;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * zmqrpc's pipeline (PUSH/PULL): notifications per second as the server counts them. The sender
 * keeps at most {@value #WINDOW} notifications ahead of the server's count, so that the client's
 * queue cannot grow without bound; the figure is the server's rate with the pipe kept full.
 */
public final class PipelineThroughput implements AutoCloseable {

    /** Notifications the sender may be ahead of the server. */
    static final int WINDOW = 1024;

    private final Sink sink = new Sink();
    private final RpcServer server;
    private final PipelineClient client;

    PipelineThroughput() {
        server = ZmqRpc.servePipeline(sink, ServerOptions.bind("tcp://127.0.0.1:*"));
        client = ZmqRpc.connectPipeline(ClientOptions.connect(server.endpoints().get(0)));
    }

    /** Counts what it receives. */
    public static final class Sink {
        private final AtomicLong received = new AtomicLong();

        /**
         * Receives one notification.
         *
         * @param payload ignored
         */
        @RpcMethod
        public void sink(byte[] payload) {
            received.incrementAndGet();
        }
    }

    /** Messages per second received by the server: the median of {@link Runner#SLICES} slices. */
    double messagesPerSecond(int payloadSize, long warmupNanos, long measureNanos) {
        byte[] payload = Scenario.sequential(payloadSize).payload();
        send(payload, warmupNanos);
        double[] rates = new double[Runner.SLICES];
        for (int i = 0; i < rates.length; i++) {
            long before = sink.received.get();
            long start = System.nanoTime();
            send(payload, measureNanos / rates.length);
            rates[i] = (sink.received.get() - before) * 1e9 / (System.nanoTime() - start);
        }
        Arrays.sort(rates);
        return rates[rates.length / 2];
    }

    private void send(byte[] payload, long durationNanos) {
        List<byte[]> args = List.of(payload);
        long deadline = System.nanoTime() + durationNanos;
        long sent = sink.received.get();
        while (System.nanoTime() < deadline) {
            if (sent - sink.received.get() >= WINDOW) {
                LockSupport.parkNanos(20_000);
                continue;
            }
            client.notify("sink", args, java.util.Map.of());
            sent++;
        }
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
