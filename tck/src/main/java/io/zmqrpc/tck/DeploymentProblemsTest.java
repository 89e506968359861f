package io.zmqrpc.tck;

import static io.zmqrpc.tck.DeploymentFailures.assertFails;

import io.zmqrpc.tck.fixtures.problems.AbstractErrorMapping;
import io.zmqrpc.tck.fixtures.problems.BadTimeoutService;
import io.zmqrpc.tck.fixtures.problems.ClientWithBadTimeout;
import io.zmqrpc.tck.fixtures.problems.ClientWithoutAddress;
import io.zmqrpc.tck.fixtures.problems.ConflictFirstService;
import io.zmqrpc.tck.fixtures.problems.ConflictSecondService;
import io.zmqrpc.tck.fixtures.problems.NoAddressService;
import io.zmqrpc.tck.fixtures.problems.NoMethodsService;
import io.zmqrpc.tck.fixtures.problems.NonPublicMethodService;
import io.zmqrpc.tck.fixtures.problems.StaticMethodService;
import io.zmqrpc.tck.fixtures.problems.UnresolvedPlaceholderService;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.junit.jupiter.api.Test;

/** A bad endpoint or client fails the deployment with a message naming the bean or injection point. */
public class DeploymentProblemsTest {

    private static final String FIXTURES = "io.zmqrpc.tck.fixtures.problems.";

    @Test
    void noRpcMethod() {
        assertFails(DefinitionException.class, "@RemoteEndpoint bean " + FIXTURES + "NoMethodsService: has no @RpcMethod method",
                NoMethodsService.class);
    }

    @Test
    void noAddress() {
        assertFails(DefinitionException.class, "@RemoteEndpoint bean " + FIXTURES
                + "NoAddressService: has no address: set bind or connect (or zmqrpc.server.NoAddressService.bind)",
                NoAddressService.class);
    }

    @Test
    void unresolvablePlaceholder() {
        assertFails(DefinitionException.class, "@RemoteEndpoint bean " + FIXTURES
                + "UnresolvedPlaceholderService: unresolvable placeholder ${zmqrpc.tck.never.set} in '${zmqrpc.tck.never.set}' (bind)",
                UnresolvedPlaceholderService.class);
    }

    @Test
    void badDuration() {
        assertFails(DefinitionException.class, "@RemoteEndpoint bean " + FIXTURES
                + "BadTimeoutService: bad duration 'soon': write ISO-8601 (PT5S) or a number with a unit (100us, 500ms, 5s, 2m, 1h)",
                BadTimeoutService.class);
    }

    @Test
    void nonPublicMethod() {
        assertFails(DefinitionException.class, "@RemoteEndpoint bean " + FIXTURES
                + "NonPublicMethodService: @RpcMethod method hidden is not public", NonPublicMethodService.class);
    }

    @Test
    void staticMethod() {
        assertFails(DefinitionException.class, "@RemoteEndpoint bean " + FIXTURES
                + "StaticMethodService: @RpcMethod method shared is static", StaticMethodService.class);
    }

    @Test
    void twoBeansClaimOneNameOnOneAddress() {
        assertFails(DeploymentException.class, "@RemoteEndpoint beans " + FIXTURES + "ConflictFirstService and " + FIXTURES
                + "ConflictSecondService both serve the remote name 'ops.ping' on bind tcp://127.0.0.1:*",
                ConflictFirstService.class, ConflictSecondService.class);
    }

    @Test
    void errorMappingOfAClassZmqrpcCannotInstantiate() {
        assertFails(DeploymentException.class, "zmqrpc: an ErrorMappingProvider: cannot map tck.Abstract: " + FIXTURES
                + "AbstractErrorMapping$AbstractFailure is abstract; map a class zmqrpc can instantiate, or give a factory"
                + " with map(remoteType, type, factory)", AbstractErrorMapping.class);
    }

    @Test
    void clientWithoutAddress() {
        assertFails(DefinitionException.class, "@RpcClient injection point " + FIXTURES
                + "ClientWithoutAddress.client: has no address: set connect or bind (or zmqrpc.client.RpcChannel.connect)",
                ClientWithoutAddress.class);
    }

    @Test
    void clientWithBadTimeout() {
        assertFails(DefinitionException.class, "@RpcClient injection point " + FIXTURES
                + "ClientWithBadTimeout.client: bad duration 'a while': write ISO-8601 (PT5S) or a number with a unit (100us, 500ms, 5s, 2m, 1h)",
                ClientWithBadTimeout.class);
    }
}
