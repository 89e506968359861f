package io.zmqrpc.cdi.health;

import io.zmqrpc.cdi.LiteRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import java.util.Collection;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Adds the health checks as synthetic {@code @Dependent} beans: for the portable extension at
 * {@code AfterBeanDiscovery}, for the build-compatible one at {@code @Synthesis}. Call only when
 * {@link HealthPresence#detected()}. The checks read the servers when they are called, so a
 * health implementation may create them before the servers start (WildFly's does, at deployment).
 */
public final class HealthBeans {

    private static final String ENDPOINT = "endpoint";

    private HealthBeans() {
    }

    /**
     * Adds a readiness check per endpoint bean and the liveness check (portable extension).
     *
     * @param event the event
     * @param endpoints the endpoint beans' configuration names
     * @param source the runtime, or null while it is not assembled yet
     */
    public static void addTo(AfterBeanDiscovery event, Collection<String> endpoints, Supplier<HealthSource> source) {
        for (String endpoint : endpoints) {
            event.addBean().beanClass(EndpointReadiness.class).types(HealthCheck.class, Object.class)
                    .qualifiers(Readiness.Literal.INSTANCE, Any.Literal.INSTANCE).scope(Dependent.class)
                    .id(HealthBeans.class.getName() + ".readiness." + endpoint)
                    .createWith(cc -> new EndpointReadiness(endpoint, source));
        }
        event.addBean().beanClass(ExtensionLiveness.class).types(HealthCheck.class, Object.class)
                .qualifiers(Liveness.Literal.INSTANCE, Any.Literal.INSTANCE).scope(Dependent.class)
                .id(HealthBeans.class.getName() + ".liveness")
                .createWith(cc -> new ExtensionLiveness(source));
    }

    /**
     * Adds a readiness check per endpoint bean and the liveness check (build-compatible extension).
     *
     * @param components the synthetic components
     * @param endpoints the endpoint beans' configuration names
     */
    public static void addTo(SyntheticComponents components, Collection<String> endpoints) {
        for (String endpoint : endpoints) {
            components.addBean(EndpointReadiness.class).type(HealthCheck.class).qualifier(Readiness.Literal.INSTANCE)
                    .scope(Dependent.class).withParam(ENDPOINT, endpoint).createWith(LiteReadiness.class);
        }
        components.addBean(ExtensionLiveness.class).type(HealthCheck.class).qualifier(Liveness.Literal.INSTANCE)
                .scope(Dependent.class).createWith(LiteLiveness.class);
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
