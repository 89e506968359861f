package io.zmqrpc.cdi.health;

import io.zmqrpc.runtime.health.ServerHealth;
import java.util.List;
import java.util.Optional;

/** Where the health checks read the servers' health: the extension's runtime, once assembled. */
public interface HealthSource {

    /**
     * The health of the server that serves an endpoint bean.
     *
     * @param endpoint the bean's configuration name
     * @return the health, or empty before that server started
     */
    Optional<ServerHealth> endpoint(String endpoint);

    /**
     * The health of every server started so far, closed ones included.
     *
     * @return the health of each
     */
    List<ServerHealth> servers();
}
