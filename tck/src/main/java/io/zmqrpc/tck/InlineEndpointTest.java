package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.inline.InlineService;
import io.zmqrpc.tck.fixtures.inline.PooledService;
import io.zmqrpc.tck.fixtures.interceptor.CountingInterceptor;
import io.zmqrpc.tck.fixtures.requestscope.CallState;
import io.zmqrpc.tck.spi.Deployment;
import jakarta.enterprise.inject.spi.DefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An endpoint declared inline runs on the thread that read the request, the server's socket
 * thread, and still has its interceptors and a request context of its own per call; the key
 * {@code zmqrpc.server.<name>.inline} makes any endpoint inline.
 */
public class InlineEndpointTest {

    @Test
    void anInlineEndpointRunsOnTheSocketThreadWithItsInterceptorsAndRequestContext() {
        CountingInterceptor.CALLS.clear();
        CallState.CREATED.set(0);
        CallState.DESTROYED.set(0);
        try (Deployment server = Tck.deploy(InlineService.class, CallState.class, CountingInterceptor.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Inline"))) {
            io.zmqrpc.RpcChannel rpc = client.select(DynamicClientHolder.class).client();
            for (int i = 0; i < 3; i++) {
                assertThat(rpc.call("where")).isEqualTo(List.of("zmqrpc-Inline", 2L));
            }
        }
        assertThat(CountingInterceptor.CALLS).containsExactly("where", "where", "where");
        assertThat(CallState.CREATED.get()).isEqualTo(3);
        assertThat(CallState.DESTROYED.get()).isEqualTo(3);
    }

    @Test
    void theInlineKeyMakesAnEndpointInline() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.server.Pooled.inline", "TRUE"),
                () -> Tck.deploy(PooledService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Pooled"))) {
            assertThat(client.select(DynamicClientHolder.class).client().call("where")).isEqualTo("zmqrpc-Pooled");
        }
        try (Deployment server = Tck.deploy(PooledService.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Pooled"))) {
            assertThat((String) client.select(DynamicClientHolder.class).client().call("where"))
                    .isNotEqualTo("zmqrpc-Pooled").isNotEmpty();
        }
    }

    @Test
    void anInlineKeyThatIsNeitherTrueNorFalseFailsTheDeployment() {
        Tck.withProperties(Tck.props("zmqrpc.server.Pooled.inline", "yes"), () -> DeploymentFailures.assertFails(
                DefinitionException.class, "@RemoteEndpoint bean " + PooledService.class.getName()
                        + ": zmqrpc.server.Pooled.inline must be true or false, got 'yes'", PooledService.class));
    }
}
