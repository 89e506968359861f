package io.zmqrpc.cdi;

import io.zmqrpc.cdi.client.ClientPoint;
import io.zmqrpc.inject.RpcClient;
import jakarta.enterprise.inject.build.compatible.spi.InjectionPointInfo;
import jakarta.enterprise.lang.model.declarations.DeclarationInfo;
import jakarta.enterprise.lang.model.declarations.FieldInfo;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import jakarta.enterprise.lang.model.declarations.ParameterInfo;
import java.lang.reflect.Executable;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the build-compatible extension's language model into the classes and members the shared
 * readers work on. Both Weld and Quarkus can load application classes while the extension runs
 * (Quarkus through its deployment class loader, the thread's context loader at build time), so
 * the checks are the very ones the portable extension makes.
 */
final class BuildTimeReflection {

    private BuildTimeReflection() {
    }

    static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RegistryAssembly.applicationLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("zmqrpc: cannot load " + name + " to check it: " + e, e);
        }
    }

    /** The client point of an injection point: its field, or its parameter of a method or constructor. */
    static ClientPoint point(InjectionPointInfo ip) {
        DeclarationInfo declaration = ip.declaration();
        try {
            if (declaration.kind() == DeclarationInfo.Kind.FIELD) {
                FieldInfo field = declaration.asField();
                return ClientPoint.of(load(field.declaringClass().name()).getDeclaredField(field.name()));
            }
            ParameterInfo parameter = declaration.asParameter();
            MethodInfo method = parameter.declaringMethod();
            List<ParameterInfo> parameters = method.parameters();
            int position = 0;
            while (!parameters.get(position).name().equals(parameter.name())) {
                position++;
            }
            return ClientPoint.of(executable(method, position), position);
        } catch (NoSuchFieldException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("zmqrpc: cannot find the injection point " + ip + " by reflection", e);
        }
    }

    /** The method or constructor: same name, same arity, the qualified parameter in the same place. */
    private static Executable executable(MethodInfo method, int position) {
        Class<?> owner = load(method.declaringClass().name());
        Stream<Executable> candidates = method.isConstructor() ? Stream.of(owner.getDeclaredConstructors())
                : Stream.of(owner.getDeclaredMethods()).filter(m -> m.getName().equals(method.name())).map(Executable.class::cast);
        return candidates.filter(e -> e.getParameterCount() == method.parameters().size()
                        && e.getParameters()[position].isAnnotationPresent(RpcClient.class))
                .findFirst().orElseThrow(() -> new IllegalStateException("zmqrpc: cannot find " + method + " by reflection"));
    }
}
