package io.zmqrpc.tck.weld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.ServedEndpoints;
import io.zmqrpc.cdi.ZmqRpcExtension;
import io.zmqrpc.cdi.health.HealthPresence;
import io.zmqrpc.tck.fixtures.discovery.GreeterService;
import io.zmqrpc.testing.LiteOnlyExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The TCK runs without MicroProfile Health on its class path (the API is an optional dependency of
 * the extension): either front door boots and serves, and adds no health check.
 */
class WithoutMicroProfileHealthTest {

    @Test
    void thePortableExtensionBootsAndServesWithoutTheHealthApi() {
        bootsAndServes(false);
    }

    @Test
    void theBuildCompatibleExtensionBootsAndServesWithoutTheHealthApi() {
        bootsAndServes(true);
    }

    private static void bootsAndServes(boolean buildCompatible) {
        assertThatThrownBy(() -> Class.forName("org.eclipse.microprofile.health.HealthCheck"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(HealthPresence.detected()).isFalse();

        Weld weld = new Weld("zmqrpc-no-health-" + buildCompatible).disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false).addBeanClasses(GreeterService.class);
        if (buildCompatible) {
            weld.addBuildCompatibleExtensions(LiteOnlyExtension.class);
        } else {
            weld.addExtension(new ZmqRpcExtension());
        }
        WeldContainer container = weld.initialize();
        try {
            assertThat(container.select(ServedEndpoints.class).get().of("Greeter").get(0))
                    .startsWith("tcp://127.0.0.1:");
        } finally {
            container.shutdown();
        }
    }
}
