package io.zmqrpc.cdi.otel;

import io.opentelemetry.api.OpenTelemetry;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.runtime.otel.ZmqRpcTelemetry;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.System.Logger.Level;

/**
 * The OpenTelemetry listener of a container: for the container's {@link OpenTelemetry} bean when
 * exactly one resolves (MicroProfile Telemetry provides it), asked for at the calls
 * ({@link ZmqRpcTelemetry#lazy}), else for the global instance once it is set (the Java agent, or
 * the application's own).
 */
public final class ContainerTelemetry {

    private static final System.Logger LOG = System.getLogger(ContainerTelemetry.class.getName());

    private ContainerTelemetry() {
    }

    /**
     * The listener for this container.
     *
     * @param beans the container's bean manager
     * @return the listener
     */
    public static CallListener listener(BeanManager beans) {
        Instance<OpenTelemetry> bean = beans.createInstance().select(OpenTelemetry.class);
        if (bean.isResolvable()) {
            LOG.log(Level.DEBUG, "zmqrpc telemetry uses the container's OpenTelemetry bean");
            // asked for at the calls: Payara's producer answers for the application of the current
            // invocation, which the extension's deployment event does not have (it throws there)
            return ZmqRpcTelemetry.lazy(bean::get);
        }
        LOG.log(Level.DEBUG, "zmqrpc telemetry uses GlobalOpenTelemetry (no OpenTelemetry bean resolves)");
        return ZmqRpcTelemetry.global();
    }
}
