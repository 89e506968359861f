package io.zmqrpc.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.PythonPeer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Many short-lived clients in a row, each the only zmqrpc socket of the process, so each starts in
 * a fresh JeroMQ context: a few connections in a hundred used to complete at TCP level and then
 * never finish the ZMTP handshake, so their first call timed out. zmqrpc redoes a handshake that
 * takes over two seconds; every call must now be answered.
 */
class FreshConnectionsTest {

    @Test
    void everyFreshClientsFirstCallIsAnswered() {
        try (PythonPeer python = PythonPeer.startServer("python/rpc_server.py")) {
            List<Integer> failed = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(python.endpoint())
                        .timeout(Duration.ofSeconds(6)).build())) {
                    if (!Long.valueOf(i).equals(client.call(Long.class, "echo", i))) {
                        failed.add(i);
                    }
                } catch (RuntimeException e) {
                    failed.add(i);
                }
            }
            assertThat(failed).as("calls not answered").isEmpty();
        }
    }
}
