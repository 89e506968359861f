package io.zmqrpc.cdi.server;

import io.zmqrpc.runtime.Handlers;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Composes the contextual references of the beans sharing one address with {@link Handlers}, and
 * turns a refused composition into a problem naming the two beans by their classes (the runtime's
 * message names the container's proxy classes).
 */
final class HandlerTree {

    private HandlerTree() {
    }

    /** A bean's reference and where it is served. */
    record Member(EndpointDeclaration declaration, Object reference) {

        /** @return the reference as served: run inline when the bean is declared so */
        Object served() {
            return declaration.inline() ? Handlers.inline(reference) : reference;
        }
    }

    static Optional<Object> compose(List<Member> members, String address, Consumer<String> problems) {
        Handlers.Builder all = Handlers.builder();
        for (int i = 0; i < members.size(); i++) {
            Member added = members.get(i);
            try {
                all.add(added.declaration().namespace(), added.served());
            } catch (IllegalArgumentException conflict) {
                problems.accept(describeConflict(members.subList(0, i), added, address, conflict));
                return Optional.empty();
            }
        }
        return Optional.of(all.build());
    }

    /** Finds which earlier bean the added one collides with, by composing them in pairs. */
    private static String describeConflict(List<Member> earlier, Member added, String address,
            IllegalArgumentException conflict) {
        Matcher name = Pattern.compile("'([^']*)'").matcher(conflict.getMessage());
        String remoteName = name.find() ? name.group(1) : "?";
        String other = earlier.stream().filter(m -> conflicts(m, added)).findFirst()
                .map(m -> m.declaration().beanClass().getName()).orElse("another bean");
        return "@RemoteEndpoint beans " + other + " and " + added.declaration().beanClass().getName()
                + " both serve the remote name '" + remoteName + "' on " + address;
    }

    private static boolean conflicts(Member a, Member b) {
        try {
            Handlers.builder().add(a.declaration().namespace(), a.reference())
                    .add(b.declaration().namespace(), b.reference());
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
