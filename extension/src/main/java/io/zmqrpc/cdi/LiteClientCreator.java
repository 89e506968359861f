package io.zmqrpc.cdi;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import jakarta.enterprise.inject.spi.InjectionPoint;

/**
 * Creates the client injected at one {@code @RpcClient} injection point for the build-compatible
 * extension: the synthetic bean is {@code @Dependent}, so the point it is injected into can be
 * looked up.
 */
public class LiteClientCreator implements SyntheticBeanCreator<Object> {

    /** Created by the container. */
    public LiteClientCreator() {
    }

    @Override
    public Object create(Instance<Object> lookup, Parameters params) {
        InjectionPoint ip = lookup.select(InjectionPoint.class).get();
        return lookup.select(LiteRuntime.class).get().inject(ip);
    }
}
