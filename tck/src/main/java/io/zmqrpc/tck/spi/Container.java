package io.zmqrpc.tck.spi;

import java.util.ServiceLoader;

/**
 * What an implementation provides to run the TCK: starting a CDI container with the given bean
 * classes and its zmqrpc extension. Found by {@link ServiceLoader}
 * ({@code META-INF/services/io.zmqrpc.tck.spi.Container}); the runner of an implementation ships
 * exactly one.
 */
public interface Container {

    /**
     * Starts a container holding exactly these bean classes (interceptors with {@code @Priority}
     * enabled), plus the zmqrpc extension.
     *
     * @param beanClasses the bean classes
     * @return the running deployment
     * @throws RuntimeException what the container throws when the deployment fails, for example a
     *     {@link jakarta.enterprise.inject.spi.DeploymentException} or
     *     {@link jakarta.enterprise.inject.spi.DefinitionException} carrying the problems
     */
    Deployment deploy(Class<?>... beanClasses);

    /**
     * Whether the container reports a bad definition as a {@code DefinitionException} and a failed
     * deployment check as a {@code DeploymentException}. A build-compatible extension reports both
     * through its {@code Messages}, which the container turns into deployment problems alike.
     *
     * @return true when the kind of a failure tells which it was
     */
    default boolean separatesDefinitionErrors() {
        return true;
    }

    /**
     * The implementation's container.
     *
     * @return the container
     * @throws IllegalStateException when none or several are on the class path
     */
    static Container get() {
        var all = ServiceLoader.load(Container.class).stream().map(ServiceLoader.Provider::get).toList();
        if (all.size() != 1) {
            throw new IllegalStateException("the TCK needs exactly one io.zmqrpc.tck.spi.Container service, found " + all);
        }
        return all.get(0);
    }
}
