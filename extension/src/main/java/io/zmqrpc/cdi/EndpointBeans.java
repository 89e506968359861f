package io.zmqrpc.cdi;

import io.zmqrpc.RemoteEndpoint;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@link RemoteEndpoint} beans of a running container, found through its bean manager (the
 * build-compatible extension has no {@code ProcessManagedBean} to collect them from). A producer
 * declared on an endpoint class reports the class as its bean class too; the managed bean is the
 * one whose types hold its class, unless {@code @Typed} removed it.
 */
final class EndpointBeans {

    private final Map<Class<?>, Bean<?>> byClass;

    private EndpointBeans(Map<Class<?>, Bean<?>> byClass) {
        this.byClass = byClass;
    }

    static EndpointBeans find(BeanManager beans) {
        Map<Class<?>, Bean<?>> byClass = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> c = bean.getBeanClass();
            if (c.isAnnotationPresent(RemoteEndpoint.class)
                    && (bean.getTypes().contains(c) || !byClass.containsKey(c))) {
                byClass.put(c, bean);
            }
        }
        return new EndpointBeans(byClass);
    }

    static RemoteEndpoint annotation(Class<?> beanClass) {
        return beanClass.getAnnotation(RemoteEndpoint.class);
    }

    Set<Class<?>> classes() {
        return byClass.keySet();
    }

    Bean<?> bean(Class<?> beanClass) {
        return byClass.get(beanClass);
    }
}
