package io.zmqrpc.cdi.health;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.PassivationCapable;
import java.lang.annotation.Annotation;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;

/**
 * A {@code @Dependent} health check bean whose bean class is an endpoint bean's class. A bean
 * object, not a configurator: Weld puts a {@code Bean} added at {@code AfterBeanDiscovery} in the
 * bean archive of its bean class, here the application's, which WildFly's health subsystem looks
 * into; a configurator's bean would land in the archive Weld makes for the extension's own jar,
 * which it does not see.
 */
final class CheckBean implements Bean<HealthCheck>, PassivationCapable {

    private final String id;
    private final Class<?> beanClass;
    private final Annotation kind;
    private final Supplier<HealthCheck> check;

    CheckBean(String id, Class<?> beanClass, Annotation kind, Supplier<HealthCheck> check) {
        this.id = id;
        this.beanClass = beanClass;
        this.kind = kind;
        this.check = check;
    }

    @Override
    public Class<?> getBeanClass() {
        return beanClass;
    }

    @Override
    public Set<InjectionPoint> getInjectionPoints() {
        return Set.of();
    }

    @Override
    public HealthCheck create(CreationalContext<HealthCheck> context) {
        return check.get();
    }

    @Override
    public void destroy(HealthCheck instance, CreationalContext<HealthCheck> context) {
        context.release();
    }

    @Override
    public Set<java.lang.reflect.Type> getTypes() {
        return Set.of(HealthCheck.class, Object.class);
    }

    @Override
    public Set<Annotation> getQualifiers() {
        return Set.of(kind, Any.Literal.INSTANCE);
    }

    @Override
    public Class<? extends Annotation> getScope() {
        return Dependent.class;
    }

    @Override
    public String getName() {
        return null;
    }

    @Override
    public Set<Class<? extends Annotation>> getStereotypes() {
        return Set.of();
    }

    @Override
    public boolean isAlternative() {
        return false;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String toString() {
        return "zmqrpc health check " + id;
    }
}
