package io.zmqrpc.runtime;

import io.zmqrpc.runtime.dispatch.CompositeHandler;
import io.zmqrpc.runtime.dispatch.InlineHandler;

/**
 * Composes several handlers into one tree, the way several CDI beans share one address: each
 * handler is served at the root or under a dotted namespace, and handlers on the same level are
 * merged. Two handlers that would answer to the same remote name are refused when the tree is
 * built, naming both.
 *
 * <pre>{@code
 * Object root = Handlers.builder()
 *         .add(new Calculator())              // add, sub, ...
 *         .add("inventory", new Inventory())  // inventory.reserve, ...
 *         .add("admin.users", new Users())    // admin.users.list, ...
 *         .build();
 * ZmqRpc.serveRpc(root, options);
 * }</pre>
 */
public final class Handlers {

    private Handlers() {
    }

    /**
     * A handler whose calls run on the thread that read them, instead of the server's handler
     * executor: every remote method reached through it counts as declared
     * {@code @RpcMethod(inline = true)}. Only for handlers that never block; see
     * {@link ServerOptions.Builder#inline(boolean)}.
     *
     * @param handler any handler, or a tree {@link #builder()} made
     * @return the handler, to serve or to {@link Builder#add(String, Object) add} to a tree
     */
    public static Object inline(Object handler) {
        return InlineHandler.of(handler);
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a composed handler. */
    public static final class Builder {
        private final CompositeHandler.Builder delegate = CompositeHandler.builder();

        private Builder() {
        }

        /**
         * Serves a handler's remote methods at the root.
         *
         * @param handler any handler
         * @return this builder
         */
        public Builder add(Object handler) {
            return add("", handler);
        }

        /**
         * Serves a handler under a namespace.
         *
         * @param namespace dotted, or empty for the root
         * @param handler any handler
         * @return this builder
         * @throws IllegalArgumentException when a remote name is already taken, naming both handlers
         */
        public Builder add(String namespace, Object handler) {
            delegate.add(namespace, handler);
            return this;
        }

        /**
         * The composed handler, to pass to {@link ZmqRpc}.
         *
         * @return the root handler
         */
        public Object build() {
            return delegate.build();
        }
    }
}
