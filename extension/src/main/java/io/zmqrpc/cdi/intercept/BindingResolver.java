package io.zmqrpc.cdi.intercept;

import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The interceptor bindings of one method of a client interface, as the bean manager defines them:
 * bindings on the interface and its super-interfaces (the nearest declaration of a binding type
 * wins), replaced by a binding of the same type on the method, stereotypes expanded to the
 * bindings they declare, and bindings that carry other bindings adding those.
 */
final class BindingResolver {

    private final BeanManager beans;

    BindingResolver(BeanManager beans) {
        this.beans = beans;
    }

    Collection<Annotation> bindings(Class<?> type, Method method) {
        Map<Class<? extends Annotation>, Annotation> byType = new LinkedHashMap<>();
        for (Class<?> c : interfaces(type)) {
            for (Annotation a : c.getDeclaredAnnotations()) {
                expand(a, byType, false);
            }
        }
        for (Annotation a : method.getDeclaredAnnotations()) {
            expand(a, byType, true);
        }
        return byType.values();
    }

    private void expand(Annotation annotation, Map<Class<? extends Annotation>, Annotation> byType, boolean replace) {
        Class<? extends Annotation> type = annotation.annotationType();
        if (beans.isInterceptorBinding(type)) {
            if (!replace && byType.containsKey(type)) {
                return;
            }
            byType.put(type, annotation);
            for (Annotation inherited : beans.getInterceptorBindingDefinition(type)) {
                if (beans.isInterceptorBinding(inherited.annotationType())) {
                    expand(inherited, byType, replace);
                }
            }
        } else if (beans.isStereotype(type)) {
            for (Annotation declared : beans.getStereotypeDefinition(type)) {
                expand(declared, byType, replace);
            }
        }
    }

    /** The interface, then its super-interfaces breadth first, each once. */
    private static List<Class<?>> interfaces(Class<?> type) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>(List.of(type));
        while (!next.isEmpty()) {
            Class<?> c = next.poll();
            if (seen.add(c)) {
                next.addAll(List.of(c.getInterfaces()));
            }
        }
        return new ArrayList<>(seen);
    }
}
