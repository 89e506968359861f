package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.shutdown.SlowService;
import io.zmqrpc.tck.spi.Deployment;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Shutting down with a call in flight lets it finish within the grace, then closes the server. */
public class ShutdownInFlightTest {

    @Test
    void callInFlightFinishesThenTheServerCloses() throws Exception {
        SlowService.started = new CountDownLatch(1);
        Deployment server = Tck.deploy(SlowService.class);
        String endpoint = Tck.endpoint(server, "Slow");
        try (Deployment client = Tck.clients(endpoint)) {
            CompletableFuture<Object> call = client.select(DynamicClientHolder.class).client().callAsync("sleep", 1500);
            assertThat(SlowService.started.await(20, TimeUnit.SECONDS)).isTrue();
            server.close();
            assertThat(call.get(20, TimeUnit.SECONDS)).isEqualTo("done");
        } finally {
            server.close();
        }
        int port = URI.create(endpoint).getPort();
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }
}
