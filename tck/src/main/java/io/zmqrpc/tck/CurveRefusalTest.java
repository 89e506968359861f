package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.tck.fixtures.curve.SecureClient;
import io.zmqrpc.tck.fixtures.curve.SecureService;
import io.zmqrpc.tck.fixtures.curve.StrangerClient;
import io.zmqrpc.tck.fixtures.curve.TestKeys;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/**
 * A client whose CURVE key is not on the endpoint's allow-list gets no answer: its call fails with
 * {@link RpcTimeoutException} at its timeout, and never reaches the bean, while an admitted client
 * of the same deployment is served before and after.
 */
public class CurveRefusalTest {

    @Test
    void clientNotOnTheAllowListTimesOutWhileTheAdmittedOneIsServed() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.curve.server-secret", TestKeys.SERVER_SECRET),
                        () -> Tck.deploy(SecureService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Secure"), SecureClient.class, StrangerClient.class)) {
            assertThat(client.select(SecureClient.class).echo().echo("admitted")).isEqualTo("secure admitted");
            assertThatThrownBy(() -> client.select(StrangerClient.class).echo().echo("let me in"))
                    .isInstanceOf(RpcTimeoutException.class);
            assertThat(client.select(SecureClient.class).echo().echo("still admitted")).isEqualTo("secure still admitted");
            // the refused call never reached the bean: only the admitted client's did
            assertThat(server.select(SecureService.class).received()).containsExactly("admitted", "still admitted");
        }
    }
}
