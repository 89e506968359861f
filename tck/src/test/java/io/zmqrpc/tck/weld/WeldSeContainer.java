package io.zmqrpc.tck.weld;

import io.zmqrpc.cdi.ZmqRpcExtension;
import io.zmqrpc.tck.spi.Container;
import io.zmqrpc.tck.spi.Deployment;
import io.zmqrpc.testing.LiteOnlyExtension;
import java.lang.annotation.Annotation;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.environment.se.Weld;

/**
 * Runs the TCK in Weld SE: a synthetic archive of exactly the given classes plus one zmqrpc front
 * door (Weld SE loads {@code META-INF/services} extensions only with discovery on; that the
 * service entries exist is checked by {@link ExtensionRegistrationTest}). The portable extension
 * by default; the build-compatible one alone ({@link LiteOnlyExtension}, through Weld's translator of CDI Lite
 * extensions), when
 * the system property {@value #FRONT_DOOR} is {@code build-compatible} (the second surefire run).
 */
public final class WeldSeContainer implements Container {

    /** The system property choosing the front door. */
    public static final String FRONT_DOOR = "zmqrpc.tck.front-door";

    private static final AtomicInteger IDS = new AtomicInteger();

    @Override
    public Deployment deploy(Class<?>... beanClasses) {
        Weld weld = new Weld("zmqrpc-tck-" + IDS.incrementAndGet())
                .disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addBeanClasses(beanClasses);
        if (buildCompatible()) {
            weld.addBuildCompatibleExtensions(LiteOnlyExtension.class);
        } else {
            weld.addExtension(new ZmqRpcExtension());
        }
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

    @Override
    public boolean separatesDefinitionErrors() {
        return !buildCompatible();
    }

    private static boolean buildCompatible() {
        return "build-compatible".equals(System.getProperty(FRONT_DOOR));
    }
}
