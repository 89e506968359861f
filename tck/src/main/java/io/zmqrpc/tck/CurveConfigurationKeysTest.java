package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.curve.KeyedClient;
import io.zmqrpc.tck.fixtures.curve.SecureService;
import io.zmqrpc.tck.fixtures.curve.TestKeys;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/**
 * CURVE settings by configuration key: {@code zmqrpc.server.<name>.curve.allowed-clients}
 * (comma-separated) replaces the annotated allow-list, and {@code zmqrpc.client.<name>.curve.*}
 * gives a client its keys.
 */
public class CurveConfigurationKeysTest {

    @Test
    void keysFromConfigurationAdmitAnotherClient() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.curve.server-secret", TestKeys.SERVER_SECRET,
                        "zmqrpc.server.Secure.curve.allowed-clients", TestKeys.CLIENT_PUBLIC + ", " + TestKeys.STRANGER_PUBLIC),
                        () -> Tck.deploy(SecureService.class));
                Deployment client = Tck.withProperties(Tck.props("zmqrpc.client.Keyed.curve.public-key", TestKeys.STRANGER_PUBLIC,
                        "zmqrpc.client.Keyed.curve.secret-key", TestKeys.STRANGER_SECRET,
                        "zmqrpc.client.Keyed.curve.server-key", TestKeys.SERVER_PUBLIC),
                        () -> Tck.clients(Tck.endpoint(server, "Secure"), KeyedClient.class))) {
            assertThat(client.select(KeyedClient.class).echo().echo("by key")).isEqualTo("secure by key");
        }
    }
}
