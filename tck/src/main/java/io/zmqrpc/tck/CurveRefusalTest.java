package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.tck.fixtures.curve.SecureService;
import io.zmqrpc.tck.fixtures.curve.StrangerClient;
import io.zmqrpc.tck.fixtures.curve.TestKeys;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/**
 * A client whose CURVE key is not on the endpoint's allow-list gets no answer: its call fails with
 * {@link RpcTimeoutException} at its timeout.
 */
public class CurveRefusalTest {

    @Test
    void clientNotOnTheAllowListTimesOut() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.curve.server-secret", TestKeys.SERVER_SECRET),
                        () -> Tck.deploy(SecureService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Secure"), StrangerClient.class)) {
            assertThatThrownBy(() -> client.select(StrangerClient.class).echo().echo("let me in"))
                    .isInstanceOf(RpcTimeoutException.class);
        }
    }
}
