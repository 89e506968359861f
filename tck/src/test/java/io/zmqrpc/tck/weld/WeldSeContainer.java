package io.zmqrpc.tck.weld;

import io.zmqrpc.tck.spi.Container;
import io.zmqrpc.tck.spi.Deployment;
import java.lang.annotation.Annotation;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.environment.se.Weld;

/**
 * Runs the TCK in Weld SE: a synthetic archive of exactly the given classes plus the zmqrpc
 * extension (Weld SE loads {@code META-INF/services} extensions only with discovery on; that the
 * service entry exists is checked by {@link ExtensionRegistrationTest}).
 */
public final class WeldSeContainer implements Container {

    private static final AtomicInteger IDS = new AtomicInteger();

    @Override
    public Deployment deploy(Class<?>... beanClasses) {
        Weld weld = new Weld("zmqrpc-tck-" + IDS.incrementAndGet())
                .disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addExtension(new io.zmqrpc.cdi.ZmqRpcExtension())
                .addBeanClasses(beanClasses);
        org.jboss.weld.environment.se.WeldContainer container = weld.initialize();
        return new Deployment() {
            @Override
            public <T> T select(Class<T> type, Annotation... qualifiers) {
                return container.select(type, qualifiers).get();
            }

            @Override
            public void close() {
                if (container.isRunning()) {
                    container.shutdown();
                }
            }
        };
    }
}
