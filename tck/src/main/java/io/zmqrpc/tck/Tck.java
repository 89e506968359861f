package io.zmqrpc.tck;

import io.zmqrpc.ServedEndpoints;
import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.spi.Container;
import io.zmqrpc.tck.spi.Deployment;
import java.util.List;
import java.util.Properties;

/**
 * Helpers the TCK tests share: deploying, finding where an endpoint is served, and a client
 * deployment pointed at it through a system property.
 */
public final class Tck {

    /** The system property the client fixtures connect to. */
    public static final String TARGET = "zmqrpc.tck.target";

    private Tck() {
    }

    /**
     * Deploys bean classes in the implementation's container.
     *
     * @param beanClasses the beans
     * @return the deployment
     */
    public static Deployment deploy(Class<?>... beanClasses) {
        return Container.get().deploy(beanClasses);
    }

    /**
     * Where an endpoint of a deployment is served (its first endpoint).
     *
     * @param deployment the deployment
     * @param name the endpoint's configuration name
     * @return the endpoint
     */
    public static String endpoint(Deployment deployment, String name) {
        List<String> endpoints = deployment.select(ServedEndpoints.class).of(name);
        return endpoints.get(0);
    }

    /**
     * Deploys client beans whose {@code @RpcClient} connects to {@code ${zmqrpc.tck.target}}.
     *
     * @param target the endpoint to connect to
     * @param beanClasses the client beans; {@link DynamicClientHolder} when none
     * @return the deployment
     */
    public static Deployment clients(String target, Class<?>... beanClasses) {
        return withProperties(props(TARGET, target), () -> deploy(beanClasses.length == 0
                ? new Class<?>[] {DynamicClientHolder.class} : beanClasses));
    }

    /**
     * Runs a step with system properties set, restoring them afterwards.
     *
     * @param properties the properties
     * @param step the step
     * @param <T> its result
     * @return its result
     */
    public static <T> T withProperties(Properties properties, java.util.function.Supplier<T> step) {
        Properties saved = new Properties();
        for (String key : properties.stringPropertyNames()) {
            String old = System.getProperty(key);
            if (old != null) {
                saved.setProperty(key, old);
            }
            System.setProperty(key, properties.getProperty(key));
        }
        try {
            return step.get();
        } finally {
            for (String key : properties.stringPropertyNames()) {
                if (saved.containsKey(key)) {
                    System.setProperty(key, saved.getProperty(key));
                } else {
                    System.clearProperty(key);
                }
            }
        }
    }

    /**
     * Properties from key, value pairs.
     *
     * @param keyValues alternating keys and values
     * @return the properties
     */
    public static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }
}
