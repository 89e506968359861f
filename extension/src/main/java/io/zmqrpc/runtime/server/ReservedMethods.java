package io.zmqrpc.runtime.server;

import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.describe.Describing;
import io.zmqrpc.runtime.dispatch.CompositeHandler;
import io.zmqrpc.runtime.health.Health;
import io.zmqrpc.runtime.health.ServerHealth;
import java.util.function.Supplier;

/**
 * Adds the reserved methods a server's options ask for ({@code _zmqrpc.describe},
 * {@code _zmqrpc.health}) beside the user's tree, under the one reserved namespace they share.
 * The user's tree stays the root, so every name it serves resolves as before; a user handler that
 * itself claims {@code _zmqrpc} is refused, naming both.
 */
final class ReservedMethods {

    private ReservedMethods() {
    }

    static Object around(Object handler, ServerOptions options, Supplier<ServerHealth> health) {
        if (!options.describe() && !options.health()) {
            return handler;
        }
        CompositeHandler.Builder tree = CompositeHandler.builder().add("", handler);
        if (options.describe()) {
            tree.add(Describing.RESERVED_NAMESPACE, Describing.method(handler));
        }
        if (options.health()) {
            tree.add(Describing.RESERVED_NAMESPACE, Health.method(health));
        }
        return tree.build();
    }
}
