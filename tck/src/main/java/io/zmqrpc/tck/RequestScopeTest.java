package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.requestscope.CallState;
import io.zmqrpc.tck.fixtures.requestscope.ScopedService;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/** Each call runs with its own request context: a {@code @RequestScoped} bean lives for one call. */
public class RequestScopeTest {

    @Test
    void requestScopedBeanLivesForOneCall() {
        CallState.CREATED.set(0);
        CallState.DESTROYED.set(0);
        try (Deployment server = Tck.deploy(ScopedService.class, CallState.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Scoped"))) {
            io.zmqrpc.RpcChannel rpc = client.select(DynamicClientHolder.class).client();
            for (int i = 0; i < 3; i++) {
                assertThat(rpc.call("touchTwice")).isEqualTo(2L);
            }
            assertThat(CallState.CREATED.get()).isEqualTo(3);
            assertThat(CallState.DESTROYED.get()).isEqualTo(3);
        }
    }
}
