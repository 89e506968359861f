package io.zmqrpc.bench;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client submits a burst of asynchronous calls at once, with the default options, and waits
 * for every answer: none may be lost, each must echo its own payload. Prints how long the burst
 * took and the heap after a full GC once it is over (what the held replies and pending calls left).
 *
 * @param calls how many calls were submitted
 * @param answered how many came back with their own payload
 * @param seconds how long from the first submission to the last answer
 * @param heapAfter the heap in bytes after a full GC, client and server still open
 */
record Burst(int calls, int answered, double seconds, long heapAfter) {

    /** A 100-byte payload that carries the call's number, so a reply can be told from another. */
    private static byte[] payload(int n) {
        return ByteBuffer.allocate(100).putInt(n).array();
    }

    static Burst run(int calls) throws Exception {
        try (RpcServer server = ZmqRpc.serveRpc(new EchoService(), ServerOptions.bind("tcp://127.0.0.1:*"));
                RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0))
                        .timeout(Duration.ofMinutes(5)).build())) {
            long start = System.nanoTime();
            List<CompletableFuture<byte[]>> replies = new ArrayList<>(calls);
            for (int n = 0; n < calls; n++) {
                replies.add(client.callAsync(byte[].class, "echo", List.of(payload(n)), Map.of()));
            }
            int answered = 0;
            for (int n = 0; n < calls; n++) {
                byte[] reply = replies.get(n).get(5, TimeUnit.MINUTES);
                if (ByteBuffer.wrap(reply).getInt() == n && reply.length == 100) {
                    answered++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            replies.clear();
            return new Burst(calls, answered, seconds, Footprint.heapAfterGc());
        }
    }
}
