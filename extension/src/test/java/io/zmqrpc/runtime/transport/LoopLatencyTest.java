package io.zmqrpc.runtime.transport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;

class LoopLatencyTest {
    @Test
    void pairLatency() throws Exception {
        BlockingQueue<byte[][]> got = new ArrayBlockingQueue<>(10);
        SocketLoop[] server = new SocketLoop[1];
        server[0] = SocketLoop.start(new SocketConfig("s", SocketType.ROUTER, List.of("tcp://127.0.0.1:*"), List.of(), s -> { }),
                frames -> server[0].send(frames));
        SocketLoop client = SocketLoop.start(new SocketConfig("c", SocketType.DEALER, List.of(), server[0].endpoints(), s -> { }),
                new SocketLoop.Listener() {
                    public void onMessage(byte[][] f) { got.add(f); }
                    public long pollTimeoutMillis() { return Long.getLong("pt", -1); }
                });
        for (int r = 0; r < 3; r++) {
            long t = System.nanoTime();
            for (int i = 0; i < 5000; i++) {
                client.send(new byte[][] {new byte[10]});
                got.take();
            }
            System.out.println("loop echo round trips/s: " + 5000 / ((System.nanoTime() - t) / 1e9));
        }
        client.close(Duration.ZERO);
        server[0].close(Duration.ZERO);
    }
}
