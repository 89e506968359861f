package io.zmqrpc.runtime.describe;

import io.zmqrpc.runtime.dispatch.CompositeHandler;

/**
 * Adds the reserved {@code _zmqrpc.describe} method to a server's handler tree. The user's tree
 * stays the root, so every name it serves resolves as before; a user handler that itself claims
 * the reserved {@code _zmqrpc} namespace is refused, naming both.
 */
public final class Describing {

    /** The namespace of the methods a zmqrpc server answers by itself. */
    public static final String RESERVED_NAMESPACE = "_zmqrpc";

    /** The remote name of the description. */
    public static final String DESCRIBE = RESERVED_NAMESPACE + ".describe";

    private Describing() {
    }

    /**
     * The handler tree with {@code _zmqrpc.describe} beside the user's methods.
     *
     * @param handler the server's root handler
     * @return the tree to dispatch on
     * @throws IllegalArgumentException when the handler already serves a name under {@code _zmqrpc}
     */
    public static Object wrap(Object handler) {
        return CompositeHandler.builder()
                .add("", handler)
                .add(RESERVED_NAMESPACE, method(handler))
                .build();
    }

    /**
     * The handler of {@code _zmqrpc.describe} alone, to serve under {@link #RESERVED_NAMESPACE}
     * beside other reserved methods.
     *
     * @param handler the server's root handler, which it describes
     * @return the handler
     */
    public static Object method(Object handler) {
        return new DescribeMethod(handler);
    }
}
