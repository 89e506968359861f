package io.zmqrpc.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.ServiceClosedException;
import io.zmqrpc.runtime.client.fixtures.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closing a client completes every pending call with ServiceClosedException, and refuses later ones. */
class CloseTest {

    private final ServedService served = new ServedService();
    private final Service service = served.service;
    private final RpcChannel client = served.client;

    @AfterEach
    void close() {
        served.close();
    }

    @Test
    void closeFailsPendingAndLaterCalls() throws Exception {
        List<CompletableFuture<Object>> pending = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pending.add(client.callAsync("held"));
        }
        CompletableFuture<Object> blocking = CompletableFuture.supplyAsync(() -> client.call("held"));
        assertThat(service.entered.tryAcquire(4, 30, TimeUnit.SECONDS)).isTrue();
        assertThat(client.pendingCalls()).isEqualTo(4);

        client.close();

        pending.add(blocking);
        for (CompletableFuture<Object> call : pending) {
            assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isExactlyInstanceOf(ServiceClosedException.class)
                    .hasMessage("client test-client was closed before call held was answered");
        }
        assertThat(client.pendingCalls()).isZero();
        assertThatThrownBy(() -> client.call("add", 1, 2)).isExactlyInstanceOf(ServiceClosedException.class)
                .hasMessage("client test-client is closed");
        assertThatThrownBy(() -> client.callAsync("add", 1, 2).get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isExactlyInstanceOf(ServiceClosedException.class);
    }
}
