package io.zmqrpc;

import java.util.List;

/**
 * Where the running {@link RemoteEndpoint} beans are served, for an application (or a test) that
 * binds a wildcard port such as {@code tcp://127.0.0.1:*} and needs the real one. In CDI, inject it:
 * {@code @Inject ServedEndpoints served;}.
 */
public interface ServedEndpoints {

    /**
     * The endpoints the endpoint bean of a configuration name is served on, wildcard ports
     * resolved, bound ones first.
     *
     * @param name the endpoint's configuration name ({@link RemoteEndpoint#name()}, by default the
     *     bean class's simple name)
     * @return the endpoints
     * @throws IllegalArgumentException when no running endpoint has that name
     */
    List<String> of(String name);
}
