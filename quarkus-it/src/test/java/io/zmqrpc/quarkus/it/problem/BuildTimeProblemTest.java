package io.zmqrpc.quarkus.it.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A bad declaration fails the Quarkus build, with the message the portable extension gives
 * (reported through the build-compatible extension's {@code @Validation} messages).
 */
class BuildTimeProblemTest {

    @RegisterExtension
    static final QuarkusUnitTest BUILD = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(NoAddressEndpoint.class))
            // application.properties keeps this package out of the @QuarkusTest application
            .overrideConfigKey("quarkus.arc.exclude-types", "io.zmqrpc.quarkus.it.NoSuchType")
            .assertException(e -> assertThat(e).hasStackTraceContaining("@RemoteEndpoint bean "
                    + NoAddressEndpoint.class.getName()
                    + ": has no address: set bind or connect (or zmqrpc.server.Nowhere.bind)"));

    @Test
    void buildFails() {
        // never runs: the build fails, and BUILD checks how
    }
}
