package io.zmqrpc.cdi.health;

import io.zmqrpc.cdi.LiteRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Adds the health checks as {@code @Dependent} beans: for the portable extension at
 * {@code AfterBeanDiscovery}, for the build-compatible one at {@code @Synthesis}. Call only when
 * {@link HealthPresence#detected()}. The checks read the servers when they are called, so a
 * health implementation may create them before the servers start (WildFly's does, at deployment).
 */
public final class HealthBeans {

    private static final String ENDPOINT = "endpoint";

    private HealthBeans() {
    }

    /**
     * Adds a readiness check per endpoint bean and, when there is one, the liveness check (portable
     * extension), each with an endpoint bean's class as its bean class ({@link CheckBean} says why).
     *
     * @param event the event
     * @param endpoints the endpoint beans' configuration names and bean classes
     * @param source the runtime, or null while it is not assembled yet
     */
    public static void addTo(AfterBeanDiscovery event, Map<String, Class<?>> endpoints, Supplier<HealthSource> source) {
        endpoints.forEach((endpoint, beanClass) -> event.addBean(new CheckBean(
                HealthBeans.class.getName() + ".readiness." + endpoint, beanClass, Readiness.Literal.INSTANCE,
                () -> new EndpointReadiness(endpoint, source))));
        endpoints.values().stream().findFirst().ifPresent(beanClass -> event.addBean(new CheckBean(
                HealthBeans.class.getName() + ".liveness", beanClass, Liveness.Literal.INSTANCE,
                () -> new ExtensionLiveness(source))));
    }

    /**
     * Adds a readiness check per endpoint bean and, when there is one, the liveness check
     * (build-compatible extension).
     *
     * @param components the synthetic components
     * @param endpoints the endpoint beans' configuration names
     */
    public static void addTo(SyntheticComponents components, Collection<String> endpoints) {
        for (String endpoint : endpoints) {
            components.addBean(EndpointReadiness.class).type(HealthCheck.class).qualifier(Readiness.Literal.INSTANCE)
                    .scope(Dependent.class).withParam(ENDPOINT, endpoint).createWith(LiteReadiness.class);
        }
        if (!endpoints.isEmpty()) {
            components.addBean(ExtensionLiveness.class).type(HealthCheck.class).qualifier(Liveness.Literal.INSTANCE)
                    .scope(Dependent.class).createWith(LiteLiveness.class);
        }
    }

    /** Creates an endpoint's readiness check where the build-compatible extension runs. */
    public static final class LiteReadiness implements SyntheticBeanCreator<EndpointReadiness> {
        @Override
        public EndpointReadiness create(Instance<Object> lookup, Parameters params) {
            LiteRuntime lite = lookup.select(LiteRuntime.class).get();
            return new EndpointReadiness(params.get(ENDPOINT, String.class), lite::health);
        }
    }

    /** Creates the liveness check where the build-compatible extension runs. */
    public static final class LiteLiveness implements SyntheticBeanCreator<ExtensionLiveness> {
        @Override
        public ExtensionLiveness create(Instance<Object> lookup, Parameters params) {
            LiteRuntime lite = lookup.select(LiteRuntime.class).get();
            return new ExtensionLiveness(lite::health);
        }
    }
}
