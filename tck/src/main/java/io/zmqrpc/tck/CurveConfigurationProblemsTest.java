package io.zmqrpc.tck;

import static io.zmqrpc.tck.DeploymentFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.problems.AllowListWithoutKeyService;
import io.zmqrpc.tck.fixtures.problems.BadHeartbeatClient;
import io.zmqrpc.tck.fixtures.problems.DollarSecretService;
import io.zmqrpc.tck.fixtures.problems.MalformedKeyService;
import io.zmqrpc.tck.fixtures.problems.PartialCurveClient;
import io.zmqrpc.tck.fixtures.problems.UnreadableKeyFileClient;
import jakarta.enterprise.inject.spi.DefinitionException;
import org.junit.jupiter.api.Test;

/**
 * Bad CURVE or heartbeat settings fail the deployment with a message naming the bean or injection
 * point and the setting, and never containing a secret key.
 */
public class CurveConfigurationProblemsTest {

    private static final String FIXTURES = "io.zmqrpc.tck.fixtures.problems.";

    @Test
    void partialClientKeySet() {
        assertFails(DefinitionException.class, "@RpcClient injection point " + FIXTURES
                + "PartialCurveClient.client: incomplete CURVE settings: missing curve.secret-key"
                + " (a CURVE client needs its public and secret keys and the server's public key)",
                PartialCurveClient.class);
    }

    @Test
    void unreadableKeyFile() {
        assertFails(DefinitionException.class, "@RpcClient injection point " + FIXTURES
                + "UnreadableKeyFileClient.client: cannot read CURVE key file /nonexistent/zmqrpc-tck/client.key"
                + " (curve.key-file)", UnreadableKeyFileClient.class);
    }

    @Test
    void malformedKeyIsNamedButNotPrinted() {
        String message = assertFails(DefinitionException.class, "@RemoteEndpoint bean " + FIXTURES
                + "MalformedKeyService: CURVE secret key must be 40 characters of Z85 text, got 20 characters"
                + " (curve.secret-key)", MalformedKeyService.class);
        assertThat(message).doesNotContain("not-a-key-but-secret");
    }

    @Test
    void unresolvableSecretKeyIsNotPrinted() {
        String message = assertFails(DefinitionException.class, "@RemoteEndpoint bean " + FIXTURES
                + "DollarSecretService: unresolvable placeholder in curve.secret-key (the value is not shown: it may be"
                + " a secret key; give a key holding '${' in a key file or through a placeholder)",
                DollarSecretService.class);
        assertThat(message).doesNotContain("hidden-secret");
    }

    @Test
    void allowListWithoutSecretKey() {
        assertFails(DefinitionException.class, "@RemoteEndpoint bean " + FIXTURES
                + "AllowListWithoutKeyService: curve.allowed-clients needs curve.secret-key or curve.secret-key-file",
                AllowListWithoutKeyService.class);
    }

    @Test
    void heartbeatTimeoutWithoutInterval() {
        assertFails(DefinitionException.class, "@RpcClient injection point " + FIXTURES
                + "BadHeartbeatClient.client: heartbeat.timeout and heartbeat.ttl need heartbeat.interval",
                BadHeartbeatClient.class);
    }
}
