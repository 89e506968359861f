package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.shutdown.SlowService;
import io.zmqrpc.tck.spi.Deployment;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code zmqrpc.shutdown.grace} bounds how long shutdown waits: a call still running past it is
 * answered with the server's {@code io.zmqrpc.ServiceClosedException} error and the container shuts
 * down anyway. (The default registry deliberately leaves that remote name generic.)
 */
public class ShutdownGraceTest {

    @Test
    void callOutlivingTheGraceIsAnsweredWithServiceClosed() throws Exception {
        SlowService.started = new CountDownLatch(1);
        Deployment server = Tck.withProperties(Tck.props("zmqrpc.shutdown.grace", "200ms"),
                () -> Tck.deploy(SlowService.class));
        try (Deployment client = Tck.clients(Tck.endpoint(server, "Slow"))) {
            CompletableFuture<Object> call = client.select(DynamicClientHolder.class).client().callAsync("sleep", 60_000);
            assertThat(SlowService.started.await(20, TimeUnit.SECONDS)).isTrue();
            server.close();
            assertThatThrownBy(() -> call.get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(GenericRpcException.class)
                    .hasMessageContaining("server Slow closed before the call completed")
                    .satisfies(e -> assertThat(((GenericRpcException) e).remoteType())
                            .isEqualTo("io.zmqrpc.ServiceClosedException"));
        } finally {
            server.close();
        }
    }
}
