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
 * Clients to one address with different CURVE keys do not share a connection: the admitted one is
 * answered, the stranger times out, in one deployment and in either order.
 */
public class CurveConnectionSharingTest {

    @Test
    void clientsWithOtherKeysGetTheirOwnConnection() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.curve.server-secret", TestKeys.SERVER_SECRET),
                        () -> Tck.deploy(SecureService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Secure"), SecureClient.class, StrangerClient.class)) {
            assertThat(client.select(SecureClient.class).echo().echo("first")).isEqualTo("secure first");
            assertThatThrownBy(() -> client.select(StrangerClient.class).echo().echo("second"))
                    .isInstanceOf(RpcTimeoutException.class);
            assertThat(client.select(SecureClient.class).echo().echo("third")).isEqualTo("secure third");
        }
    }
}
