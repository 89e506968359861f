package io.zmqrpc.runtime.dispatch;

import java.util.Objects;

/**
 * A node of a handler tree whose calls run on the thread that read them: every remote method
 * reached through it is treated as declared {@code @RpcMethod(inline = true)}. Made by
 * {@link io.zmqrpc.runtime.Handlers#inline(Object)}; the dispatcher looks through it.
 *
 * @param handler the wrapped node: a handler object, a map, a dynamic handler or a composed tree
 */
public record InlineHandler(Object handler) {

    /**
     * Wraps a node.
     *
     * @param handler the node
     */
    public InlineHandler {
        Objects.requireNonNull(handler, "handler");
    }

    /**
     * A node, run inline; one already inline is returned as it is.
     *
     * @param node the node
     * @return the inline node
     */
    public static Object of(Object node) {
        return node instanceof InlineHandler ? node : new InlineHandler(node);
    }
}
