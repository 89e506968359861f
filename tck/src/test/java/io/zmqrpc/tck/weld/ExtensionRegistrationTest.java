package io.zmqrpc.tck.weld;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cdi.ZmqRpcExtension;
import jakarta.enterprise.inject.spi.Extension;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The extension is registered for discovery through {@code META-INF/services}. */
class ExtensionRegistrationTest {

    @Test
    void serviceFileNamesTheExtension() {
        assertThat(ServiceLoader.load(Extension.class).stream().map(ServiceLoader.Provider::type))
                .contains(ZmqRpcExtension.class);
    }
}
