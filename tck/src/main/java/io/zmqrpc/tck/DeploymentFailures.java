package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.tck.spi.Container;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;

/** Asserts that deploying some beans fails with a given problem. */
public final class DeploymentFailures {

    private DeploymentFailures() {
    }

    /**
     * Deploys the beans and expects the deployment to fail.
     *
     * @param kind {@link DefinitionException} or {@link DeploymentException}, thrown or wrapped by the container
     *     (either, when the container does not {@linkplain Container#separatesDefinitionErrors separate them})
     * @param message text the failure's message contains
     * @param beans the beans
     * @return the failure's message, for further checks
     */
    public static String assertFails(Class<? extends RuntimeException> kind, String message, Class<?>... beans) {
        StringBuilder got = new StringBuilder();
        boolean anyKind = !Container.get().separatesDefinitionErrors();
        assertThatThrownBy(() -> Tck.deploy(beans).close())
                .isInstanceOfAny(DeploymentException.class, DefinitionException.class)
                .satisfies(e -> assertThat(anyKind || kind.isInstance(e) || kind.isInstance(e.getCause()))
                        .as("a %s, got %s", kind.getSimpleName(), e).isTrue())
                .hasMessageContaining(message)
                .satisfies(e -> got.append(e.getMessage()));
        return got.toString();
    }
}
