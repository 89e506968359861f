package io.zmqrpc.cdi.faulttolerance;

import io.zmqrpc.ServedEndpoints;
import io.zmqrpc.cdi.ZmqRpcExtension;
import jakarta.enterprise.inject.spi.Extension;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/** Weld SE containers of exactly the given classes and extensions, zmqrpc's portable one included. */
final class Containers {

    private static final AtomicInteger IDS = new AtomicInteger();

    private Containers() {
    }

    static WeldContainer start(Extension[] extensions, Class<?>... beanClasses) {
        Weld weld = new Weld("zmqrpc-ft-" + IDS.incrementAndGet()).disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addExtension(new ZmqRpcExtension()).addBeanClasses(beanClasses);
        for (Extension e : extensions) {
            weld.addExtension(e);
        }
        return weld.initialize();
    }

    static String endpoint(WeldContainer container, String name) {
        return container.select(ServedEndpoints.class).get().of(name).get(0);
    }
}
