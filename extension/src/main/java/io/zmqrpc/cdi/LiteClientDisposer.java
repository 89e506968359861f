package io.zmqrpc.cdi;

import io.zmqrpc.cdi.intercept.InterceptedClients;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanDisposer;

/**
 * Releases what an injected client holds when its bean is destroyed (its interceptor instances;
 * the connection is shared and closed at shutdown).
 */
public class LiteClientDisposer implements SyntheticBeanDisposer<Object> {

    /** Created by the container. */
    public LiteClientDisposer() {
    }

    @Override
    public void dispose(Object client, Instance<Object> lookup, Parameters params) {
        InterceptedClients.release(client);
    }
}
