package io.zmqrpc.quarkus.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zmqrpc.ServedEndpoints;
import io.zmqrpc.testing.PythonPeer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The application on Quarkus: zmqrpc's build-compatible extension serves the endpoint bean where
 * the configuration says, from start to stop, and injects typed and dynamic clients, whose calls
 * the application's interceptors and Quarkus's Fault Tolerance wrap.
 */
@QuarkusTest
@QuarkusTestResource(FreePortResource.class)
class QuarkusServedTest {

    @Inject
    ServedEndpoints served;

    @Inject
    GreeterCaller caller;

    @ConfigProperty(name = FreePortResource.ADDRESS)
    String address;

    @Test
    void endpointServesWhereTheOverrideKeySays() {
        assertThat(served.of("Greeter")).isEqualTo(List.of(address));
    }

    @Test
    void typedClientCallsWithAFreshRequestScopePerCall() {
        assertThat(caller.greeter().greet("typed")).isEqualTo("hello typed (1)");
        assertThat(caller.greeter().greet("again")).isEqualTo("hello again (1)");
    }

    @Test
    void asynchronousTypedMethod() throws Exception {
        assertThat(caller.greeter().greetTimes("stage", 2).toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isEqualTo("hello stage hello stage");
    }

    @Test
    void anInterceptorTheApplicationUsesWrapsTheClientCallToo() {
        TracingInterceptor.SEEN.clear();
        assertThat(caller.greeter().greet("traced")).isEqualTo("hello traced (1)");
        assertThat(TracingInterceptor.SEEN).containsExactly("client greet", "server greet");
    }

    @Test
    void faultToleranceRetriesTheClientCall() {
        // the server fails two calls in three: each call here is answered by its second retry
        assertThat(caller.greeter().flaky()).isEqualTo(3);
        assertThat(caller.greeter().flaky()).isEqualTo(6);
    }

    @Test
    void dynamicClientCallsByName() {
        assertThat(caller.dynamic().call(String.class, "greet", "dynamic")).isEqualTo("hello dynamic (1)");
    }

    @Test
    void aiozmqClientCallsTheQuarkusEndpoint() {
        PythonPeer.requireAiozmq();
        assertThat(PythonPeer.run(Duration.ofSeconds(60), "python/greeter_client.py", address))
                .containsExactly("\"hello python (1)\"", "\"hello keywords (1)\"", "[\"NotFoundError\", \"missing\"]");
    }
}
