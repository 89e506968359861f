package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.config.ConfiguredService;
import io.zmqrpc.tck.spi.Deployment;
import jakarta.enterprise.inject.spi.DefinitionException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code zmqrpc.server.<name>.health} turns on the reserved {@code _zmqrpc.health}, which answers the
 * endpoint's health; off by default it is aiozmq's {@code NotFoundError}; a value other than true or
 * false fails the deployment naming the key.
 */
public class HealthKeyTest {

    private static final String BIND = "zmqrpc.tck.config.bind";

    @Test
    void theHealthKeyTurnsOnTheReservedHealthMethodWhichIsOffByDefault() {
        try (Deployment server = Tck.withProperties(Tck.props(BIND, "tcp://127.0.0.1:*",
                "zmqrpc.server.Configured.health", "true"), () -> Tck.deploy(ConfiguredService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Configured"))) {
            assertThat(client.select(DynamicClientHolder.class).client().call("_zmqrpc.health")).isEqualTo(Map.of(
                    "status", "UP", "endpoint", "Configured", "state", "serving",
                    "checks", Map.of("serving", true, "endpoints", true, "socket-thread", true),
                    "in-flight", 1L));
        }
        try (Deployment server = Tck.withProperties(Tck.props(BIND, "tcp://127.0.0.1:*"),
                () -> Tck.deploy(ConfiguredService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Configured"))) {
            assertThatThrownBy(() -> client.select(DynamicClientHolder.class).client().call("_zmqrpc.health"))
                    .isInstanceOf(MethodNotFoundException.class);
        }
    }

    @Test
    void aHealthKeyThatIsNeitherTrueNorFalseFailsTheDeployment() {
        Tck.withProperties(Tck.props(BIND, "tcp://127.0.0.1:*", "zmqrpc.server.Configured.health", "yes"),
                () -> DeploymentFailures.assertFails(DefinitionException.class, "@RemoteEndpoint bean "
                        + ConfiguredService.class.getName() + ": zmqrpc.server.Configured.health must be true or false, got 'yes'",
                        ConfiguredService.class));
    }
}
