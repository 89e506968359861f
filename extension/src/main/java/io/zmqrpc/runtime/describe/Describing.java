package io.zmqrpc.runtime.describe;

/**
 * The reserved {@code _zmqrpc.describe} method and the names of the reserved namespace. The
 * server puts it beside the user's tree ({@code runtime.server.ReservedMethods}), where a user
 * handler that itself claims {@code _zmqrpc} is refused, naming both.
 */
public final class Describing {

    /** The namespace of the methods a zmqrpc server answers by itself. */
    public static final String RESERVED_NAMESPACE = "_zmqrpc";

    /** The remote name of the description. */
    public static final String DESCRIBE = RESERVED_NAMESPACE + ".describe";

    private Describing() {
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
