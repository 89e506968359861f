package io.zmqrpc.cdi.intercept;

import io.zmqrpc.cdi.config.ConfigLookup;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The MicroProfile Fault Tolerance {@code @Timeout} of a client method, read by name so that
 * Fault Tolerance stays an optional dependency: on the method, else on the interface, with the
 * configuration overrides Fault Tolerance applies ({@code <interface>/<method>/Timeout/value},
 * then {@code <interface>/Timeout/value}, then {@code Timeout/value}, and the same for
 * {@code unit}).
 */
final class FaultToleranceTimeout {

    static final String TIMEOUT = "org.eclipse.microprofile.faulttolerance.Timeout";

    private FaultToleranceTimeout() {
    }

    static Optional<Duration> of(Class<?> type, Method method, ConfigLookup config) {
        Annotation onMethod = find(method.getDeclaredAnnotations());
        Annotation timeout = onMethod != null ? onMethod : find(type.getAnnotations());
        if (timeout == null) {
            return Optional.empty();
        }
        long value = Long.parseLong(setting(type, method, "value", config)
                .orElseGet(() -> String.valueOf((Object) member(timeout, "value"))).strip());
        ChronoUnit unit = setting(type, method, "unit", config).map(u -> ChronoUnit.valueOf(u.strip()))
                .orElseGet(() -> (ChronoUnit) member(timeout, "unit"));
        return value > 0 ? Optional.of(Duration.of(value, unit)) : Optional.empty();
    }

    private static Annotation find(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(TIMEOUT)) {
                return a;
            }
        }
        return null;
    }

    private static Optional<String> setting(Class<?> type, Method method, String parameter, ConfigLookup config) {
        String suffix = "Timeout/" + parameter;
        return config.get(type.getName() + "/" + method.getName() + "/" + suffix)
                .or(() -> config.get(type.getName() + "/" + suffix))
                .or(() -> config.get(suffix));
    }

    private static Object member(Annotation annotation, String name) {
        try {
            return annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + TIMEOUT + "." + name + "()", e);
        }
    }
}
