package io.zmqrpc.cdi;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.cdi.client.ClientDeclaration;
import io.zmqrpc.cdi.client.ClientPoint;
import io.zmqrpc.cdi.config.ConfigLookup;
import io.zmqrpc.cdi.health.HealthBeans;
import io.zmqrpc.cdi.health.HealthPresence;
import io.zmqrpc.cdi.server.EndpointDeclaration;
import io.zmqrpc.inject.RpcClient;
import io.zmqrpc.inject.RpcExecutor;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.InjectionPointInfo;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.MetaAnnotations;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.SkipIfPortableExtensionPresent;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.build.compatible.spi.Validation;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Named;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The zmqrpc build-compatible extension (CDI Lite, the kind Quarkus runs; registered in
 * {@code META-INF/services}): the same job as {@link ZmqRpcExtension}, which containers with
 * portable extensions run instead, so this one steps aside when it is present. The readers,
 * checks and runtime are the portable extension's; this class only feeds them.
 *
 * <ul>
 *   <li>{@code @Discovery}: adds {@link EndpointLifecycle}, {@link LiteRuntime} and
 *       {@link RequestContextHandle}, and declares the
 *       qualifiers.
 *   <li>{@code @Enhancement}: names each {@link RemoteEndpoint} class that has no {@code @Named},
 *       because Quarkus removes beans nothing injects, and a named bean is kept.
 *   <li>{@code @Registration}: reads every endpoint bean and {@link RpcClient} injection point
 *       with the build's configuration, collecting their problems.
 *   <li>{@code @Synthesis}: one {@code @Dependent} client bean per injected type; with
 *       MicroProfile Health present, the health checks ({@link io.zmqrpc.cdi.health}).
 *   <li>{@code @Validation}: reports the problems as deployment errors.
 * </ul>
 *
 * At run time {@link LiteRuntime} reads the declarations again with the configuration then in force,
 * and checks what needs the beans themselves (two beans serving one remote name on one address).
 */
@SkipIfPortableExtensionPresent(ZmqRpcExtension.class)
public class ZmqRpcBuildCompatibleExtension implements BuildCompatibleExtension {

    /** The prefix of the names given to endpoint beans that have none. */
    static final String NAME_PREFIX = "io.zmqrpc.endpoint.";

    private final List<String> problems = new ArrayList<>();
    /** The injected types, also of points with problems: a missing bean would only add noise to them. */
    private final Set<Class<?>> clientTypes = new LinkedHashSet<>();
    /** The endpoint beans' configuration names, one readiness check each. */
    private final Set<String> endpointNames = new LinkedHashSet<>();
    private ConfigLookup config;

    /** Created by the container. */
    public ZmqRpcBuildCompatibleExtension() {
    }

    /**
     * Adds the lifecycle beans, and declares zmqrpc's qualifiers: Quarkus knows only the
     * annotations of the jars it indexes, which zmqrpc-api (no bean archive) is not.
     *
     * @param scanned the classes to add
     * @param meta the qualifiers to declare
     */
    @Discovery
    public void addBeans(ScannedClasses scanned, MetaAnnotations meta) {
        scanned.add(EndpointLifecycle.class.getName());
        scanned.add(LiteRuntime.class.getName());
        scanned.add(RequestContextHandle.class.getName());
        for (Class<? extends Annotation> qualifier : List.of(RpcClient.class, RpcExecutor.class)) {
            meta.addQualifier(qualifier).methods().stream().filter(m -> !m.info().hasAnnotation(Nonbinding.class))
                    .forEach(m -> m.addAnnotation(Nonbinding.Literal.INSTANCE));
        }
    }

    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = RemoteEndpoint.class)
    public void keepEndpoint(ClassConfig endpoint) {
        if (endpoint.info().hasAnnotation(RemoteEndpoint.class) && !endpoint.info().hasAnnotation(Named.class)) {
            endpoint.addAnnotation(NamedLiteral.of(NAME_PREFIX + endpoint.info().name()));
        }
    }

    @Registration(types = Object.class)
    public void collect(BeanInfo bean) {
        if (config == null) {
            config = ConfigLookup.detect();
        }
        if (bean.isClassBean() && bean.declaringClass().hasAnnotation(RemoteEndpoint.class)) {
            Class<?> beanClass = BuildTimeReflection.load(bean.declaringClass().name());
            EndpointDeclaration.read(beanClass, beanClass.getAnnotation(RemoteEndpoint.class), config, problems::add)
                    .ifPresent(d -> endpointNames.add(d.name()));
        }
        for (InjectionPointInfo ip : bean.injectionPoints()) {
            if (ip.qualifiers().stream().anyMatch(q -> q.name().equals(RpcClient.class.getName()))) {
                ClientPoint point = BuildTimeReflection.point(ip);
                ClientDeclaration.read(point, config, problems::add);
                clientTypes.add(rawType(point.type()));
            }
        }
    }

    @Synthesis
    public void addClients(SyntheticComponents components) {
        // One bean per type serves every injection point of it, as in the portable extension.
        for (Class<?> type : clientTypes) {
            components.addBean(Object.class).type(type).type(Object.class).qualifier(RpcClient.class)
                    .scope(Dependent.class).createWith(LiteClientCreator.class).disposeWith(LiteClientDisposer.class);
        }
    }

    @Synthesis
    public void addHealthChecks(SyntheticComponents components) {
        if (HealthPresence.detected()) {
            HealthBeans.addTo(components, endpointNames);
        }
    }

    private static Class<?> rawType(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    @Validation
    public void report(Messages messages) {
        if (config != null) {
            RuntimeAssembly.grace(config, problems::add);
        }
        problems.forEach(messages::error);
    }
}
