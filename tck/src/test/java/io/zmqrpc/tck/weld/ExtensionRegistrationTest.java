package io.zmqrpc.tck.weld;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cdi.ZmqRpcBuildCompatibleExtension;
import io.zmqrpc.cdi.ZmqRpcExtension;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.spi.Extension;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Both front doors are registered for discovery through {@code META-INF/services}. */
class ExtensionRegistrationTest {

    @Test
    void serviceFileNamesTheExtension() {
        assertThat(ServiceLoader.load(Extension.class).stream().map(ServiceLoader.Provider::type))
                .contains(ZmqRpcExtension.class);
    }

    @Test
    void serviceFileNamesTheBuildCompatibleExtension() {
        assertThat(ServiceLoader.load(BuildCompatibleExtension.class).stream().map(ServiceLoader.Provider::type))
                .contains(ZmqRpcBuildCompatibleExtension.class);
    }
}
