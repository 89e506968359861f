package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.deadline.DeadlineService;
import io.zmqrpc.tck.spi.Deployment;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A call's deadline crosses the wire to an endpoint bean: the bean's method reads the time its
 * injected caller left it, and an injected client with the call-context frame turned off sends
 * none.
 */
public class DeadlineEndpointTest {

    @Test
    void anEndpointBeanReadsTheTimeItsCallerLeftIt() {
        try (Deployment server = Tck.deploy(DeadlineService.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Deadlines"))) {
            RpcChannel rpc = client.select(DynamicClientHolder.class).client().withTimeout(Duration.ofSeconds(2));
            assertThat(rpc.call(Long.class, "timeLeft")).isBetween(1L, 2000L);
        }
    }

    @Test
    void theCallContextKeyOffSendsNoDeadline() {
        try (Deployment server = Tck.deploy(DeadlineService.class);
                Deployment client = Tck.withProperties(Tck.props("zmqrpc.client.RpcChannel.call-context", "false"),
                        () -> Tck.clients(Tck.endpoint(server, "Deadlines")))) {
            assertThat(client.select(DynamicClientHolder.class).client().call(Long.class, "timeLeft")).isEqualTo(-1L);
        }
    }
}
