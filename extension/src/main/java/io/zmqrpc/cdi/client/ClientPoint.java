package io.zmqrpc.cdi.client;

import io.zmqrpc.inject.RpcClient;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;

/**
 * What a client declaration is read from, whichever container model it came from: the injected
 * type, the {@link RpcClient} qualifier and the words naming the point in problem messages. A
 * running container gives an {@link InjectionPoint}; a build-time extension sees the declaring
 * field or parameter through reflection.
 *
 * @param type the injected type
 * @param annotation the qualifier
 * @param description for example {@code @RpcClient injection point com.example.Shop.calculator}
 */
public record ClientPoint(Type type, RpcClient annotation, String description) {

    /**
     * The point of a running container's injection point.
     *
     * @param ip the injection point
     * @return the point
     */
    public static ClientPoint of(InjectionPoint ip) {
        RpcClient annotation = ip.getQualifiers().stream().filter(RpcClient.class::isInstance)
                .map(RpcClient.class::cast).findFirst().orElse(RpcClient.Literal.INSTANCE);
        int position = ip.getMember() instanceof Executable && ip.getAnnotated() instanceof AnnotatedParameter<?> p
                ? p.getPosition() : -1;
        return new ClientPoint(ip.getType(), annotation, describe(ip.getMember(), position));
    }

    /**
     * The point of an injected field.
     *
     * @param field the field
     * @return the point
     */
    public static ClientPoint of(Field field) {
        return new ClientPoint(field.getGenericType(), qualifier(field.getAnnotation(RpcClient.class)), describe(field, -1));
    }

    /**
     * The point of an injected parameter of an initializer method or constructor.
     *
     * @param executable the method or constructor
     * @param position the parameter's position
     * @return the point
     */
    public static ClientPoint of(Executable executable, int position) {
        Parameter parameter = executable.getParameters()[position];
        return new ClientPoint(parameter.getParameterizedType(), qualifier(parameter.getAnnotation(RpcClient.class)),
                describe(executable, position));
    }

    private static RpcClient qualifier(RpcClient found) {
        return found != null ? found : RpcClient.Literal.INSTANCE;
    }

    private static String describe(Member member, int position) {
        String where = member.getDeclaringClass().getName() + "." + member.getName();
        if (position >= 0) {
            where += "(parameter " + position + ")";
        }
        return "@RpcClient injection point " + where;
    }
}
