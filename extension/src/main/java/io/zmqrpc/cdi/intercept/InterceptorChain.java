package io.zmqrpc.cdi.intercept;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InterceptionType;
import jakarta.enterprise.inject.spi.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The around-invoke interceptors of each remote method of one client interface, in the order
 * the bean manager resolves them (by priority). Resolved once per interface; each injected client
 * gets its own {@link Instances}, created as the container creates interceptors and destroyed with
 * the client.
 */
final class InterceptorChain {

    private final Map<Method, List<Interceptor<?>>> byMethod;

    private InterceptorChain(Map<Method, List<Interceptor<?>>> byMethod) {
        this.byMethod = byMethod;
    }

    static InterceptorChain resolve(Class<?> type, BeanManager beans) {
        BindingResolver resolver = new BindingResolver(beans);
        Map<Method, List<Interceptor<?>>> byMethod = new LinkedHashMap<>();
        for (Method m : type.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers())) {
                continue; // default and Object methods run locally, uninterrupted
            }
            Collection<Annotation> bindings = resolver.bindings(type, m);
            if (!bindings.isEmpty()) {
                List<Interceptor<?>> found = beans.resolveInterceptors(InterceptionType.AROUND_INVOKE,
                        bindings.toArray(Annotation[]::new));
                if (!found.isEmpty()) {
                    byMethod.put(m, List.copyOf(found));
                }
            }
        }
        return new InterceptorChain(byMethod);
    }

    boolean isEmpty() {
        return byMethod.isEmpty();
    }

    Instances instantiate(BeanManager beans, CreationalContext<?> client) {
        return new Instances(beans, client);
    }

    /**
     * One client's interceptor instances: one of each interceptor, shared by its methods. Given
     * the client bean's creational context, they are its dependents, as the container makes the
     * interceptors of a bean (an interceptor injecting {@code @Intercepted Bean<?>} gets the client
     * bean), and the container destroys them with it; else each has a context of its own and
     * {@link #destroy} destroys them.
     */
    final class Instances {

        private final Map<Interceptor<?>, Object> instances = new LinkedHashMap<>();
        private final List<Runnable> destroyers = new ArrayList<>();

        private Instances(BeanManager beans, CreationalContext<?> client) {
            for (List<Interceptor<?>> chain : byMethod.values()) {
                for (Interceptor<?> interceptor : chain) {
                    instances.computeIfAbsent(interceptor, i -> client != null
                            ? beans.getReference(i, i.getBeanClass(), client) : create(i, beans));
                }
            }
        }

        private <T> T create(Interceptor<T> interceptor, BeanManager beans) {
            CreationalContext<T> context = beans.createCreationalContext(interceptor);
            T instance = interceptor.create(context);
            destroyers.add(() -> interceptor.destroy(instance, context));
            return instance;
        }

        boolean intercepts(Method method) {
            return byMethod.containsKey(method);
        }

        int count(Method method) {
            return byMethod.get(method).size();
        }

        @SuppressWarnings("unchecked")
        Object intercept(Method method, int position, InvocationContext context) throws Exception {
            Interceptor<Object> interceptor = (Interceptor<Object>) byMethod.get(method).get(position);
            return interceptor.intercept(InterceptionType.AROUND_INVOKE, instances.get(interceptor), context);
        }

        /** Destroys the instances this object created, the last first. */
        void destroy() {
            for (int i = destroyers.size() - 1; i >= 0; i--) {
                destroyers.get(i).run();
            }
            destroyers.clear();
        }
    }
}
