package io.zmqrpc.cdi.server;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Groups the endpoint declarations by address and prepares one {@link EndpointServer} per address:
 * the shared settings agreed, and the beans' contextual references composed into one handler tree.
 * Runs at {@code AfterDeploymentValidation}, so that a conflict fails the deployment.
 *
 * <p>A normal-scoped bean is served through its client proxy (one contextual instance per context,
 * interceptors and decorators applied). A {@code @Dependent} bean gets one instance for the
 * server's life, destroyed when the server stops.
 */
public final class ServerPlanner {

    private ServerPlanner() {
    }

    /**
     * Plans the servers.
     *
     * @param declarations the endpoint beans
     * @param beans the bean manager
     * @param beanOf the bean of each declaration's bean class
     * @param problems receives each problem
     * @return the servers, not started; empty when there were problems
     */
    public static List<EndpointServer> plan(List<EndpointDeclaration> declarations, BeanManager beans,
            Function<Class<?>, Bean<?>> beanOf, Consumer<String> problems) {
        Map<List<String>, List<EndpointDeclaration>> byAddress = new LinkedHashMap<>();
        // in class-name order, so that what is reported (and served first) does not depend on discovery order
        declarations.stream().sorted(Comparator.comparing(d -> d.beanClass().getName()))
                .forEach(d -> byAddress.computeIfAbsent(d.address(), k -> new ArrayList<>()).add(d));
        List<EndpointServer> servers = new ArrayList<>();
        List<String> found = new ArrayList<>();
        byAddress.forEach((address, members) -> {
            String where = String.join(", ", address);
            Optional<SharedSettings> settings = SharedSettings.merge(members, where, found::add);
            List<CreationalContext<?>> dependents = new ArrayList<>();
            List<HandlerTree.Member> refs = new ArrayList<>();
            for (EndpointDeclaration d : members) {
                refs.add(new HandlerTree.Member(d, reference(beanOf.apply(d.beanClass()), beans, dependents)));
            }
            Optional<Object> handler = HandlerTree.compose(refs, where, found::add);
            EndpointServer server = new EndpointServer(members, settings.orElse(null), handler.orElse(null), dependents);
            servers.add(server);
        });
        found.forEach(problems);
        if (!found.isEmpty()) {
            servers.forEach(EndpointServer::release);
            return List.of();
        }
        return servers;
    }

    private static Object reference(Bean<?> bean, BeanManager beans, List<CreationalContext<?>> dependents) {
        CreationalContext<?> cc = beans.createCreationalContext(bean);
        if (!beans.isNormalScope(bean.getScope())) {
            dependents.add(cc);
        }
        Type type = bean.getTypes().contains(bean.getBeanClass()) ? bean.getBeanClass() : Object.class;
        return beans.getReference(bean, type, cc);
    }
}
