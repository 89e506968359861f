package io.zmqrpc.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcClient;
import io.zmqrpc.RpcMethod;
import org.junit.jupiter.api.Test;

class SmokeTest {

    public static class Calc {
        @RpcMethod
        public long add(long a, long b) {
            return a + b;
        }
    }

    @Test
    void roundTrip() throws Exception {
        RpcServer server = ZmqRpc.serveRpc(new Calc(), RpcOptions.builder().bind("tcp://127.0.0.1:*")
                .executor(Boolean.getBoolean("inline") ? Runnable::run : null).build());
        try (RpcClient client = ZmqRpc.connectRpc(RpcOptions.connect(server.endpoints().get(0)))) {
            assertThat(client.call(Long.class, "add", 1, 2)).isEqualTo(3L);
            long t = System.nanoTime();
            for (int i = 0; i < 20000; i++) {
                client.call(Long.class, "add", i, 2);
            }
            System.out.println("sequential calls/s: " + 20000 / ((System.nanoTime() - t) / 1e9));
        } finally {
            server.close();
        }
    }
}
