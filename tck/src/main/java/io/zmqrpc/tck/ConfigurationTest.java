package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.config.ConfiguredService;
import io.zmqrpc.tck.spi.Deployment;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders and override keys resolve from system properties. */
public class ConfigurationTest {

    @Test
    void placeholderWithItsDefault() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*"),
                () -> Tck.deploy(ConfiguredService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Configured"))) {
            assertThat(client.select(DynamicClientHolder.class).client().call("fromdefault.where")).isEqualTo("here");
        }
    }

    @Test
    void overrideKeysWinOverTheAnnotation() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://192.0.2.1:1",
                "zmqrpc.server.Configured.bind", "tcp://127.0.0.1:*",
                "zmqrpc.server.Configured.namespace", "${zmqrpc.tck.config.other:overridden}"),
                () -> Tck.deploy(ConfiguredService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Configured"))) {
            io.zmqrpc.RpcClient rpc = client.select(DynamicClientHolder.class).client();
            assertThat(rpc.call("overridden.where")).isEqualTo("here");
            assertThatThrownBy(() -> rpc.call("fromdefault.where")).isInstanceOf(MethodNotFoundException.class);
        }
    }

    @Test
    void spinKeysReachServerAndClient() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*",
                "zmqrpc.server.Configured.spin", "100us"), () -> Tck.deploy(ConfiguredService.class))) {
            String endpoint = Tck.endpoint(server, "Configured");
            try (Deployment client = Tck.withProperties(Tck.props("zmqrpc.client.RpcClient.spin", "PT0.0002S"),
                    () -> Tck.clients(endpoint))) {
                io.zmqrpc.RpcClient rpc = client.select(DynamicClientHolder.class).client();
                for (int i = 0; i < 200; i++) {
                    assertThat(rpc.call("fromdefault.where")).isEqualTo("here");
                }
            }
        }
    }

    @Test
    void aSpinBeyondTheLimitFailsTheDeploymentNamingTheKey() {
        assertThatThrownBy(() -> Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*",
                "zmqrpc.server.Configured.spin", "20ms"), () -> Tck.deploy(ConfiguredService.class)).close())
                .isInstanceOfAny(DeploymentException.class, DefinitionException.class)
                .hasMessageContaining("@RemoteEndpoint bean " + ConfiguredService.class.getName()
                        + ": zmqrpc.server.Configured.spin must be between 0 and 10ms, got '20ms'");
    }

    @Test
    void theDescribeKeyTurnsOnTheReservedDescriptionWhichIsOffByDefault() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*",
                "zmqrpc.server.Configured.describe", "true"), () -> Tck.deploy(ConfiguredService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Configured"))) {
            Map<String, Object> where = new java.util.LinkedHashMap<>();
            where.put("name", "fromdefault.where");
            where.put("params", List.of());
            where.put("varargs", false);
            where.put("returns", "java.lang.String");
            assertThat(client.select(DynamicClientHolder.class).client().call("_zmqrpc.describe"))
                    .isEqualTo(Map.of("methods", List.of(where)));
        }
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*"),
                () -> Tck.deploy(ConfiguredService.class));
                Deployment client = Tck.clients(Tck.endpoint(server, "Configured"))) {
            assertThatThrownBy(() -> client.select(DynamicClientHolder.class).client().call("_zmqrpc.describe"))
                    .isInstanceOf(MethodNotFoundException.class);
        }
    }

    @Test
    void clientOverrideKeys() {
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.config.bind", "tcp://127.0.0.1:*"),
                () -> Tck.deploy(ConfiguredService.class))) {
            String endpoint = Tck.endpoint(server, "Configured");
            try (Deployment client = Tck.withProperties(Tck.props("zmqrpc.client.RpcClient.connect", endpoint,
                    "zmqrpc.client.RpcClient.timeout", "15s"), () -> Tck.clients("tcp://192.0.2.1:1"))) {
                io.zmqrpc.RpcClient rpc = client.select(DynamicClientHolder.class).client();
                assertThat(rpc.timeout()).isEqualTo(java.time.Duration.ofSeconds(15));
                assertThat(rpc.call("fromdefault.where")).isEqualTo("here");
            }
        }
    }
}
