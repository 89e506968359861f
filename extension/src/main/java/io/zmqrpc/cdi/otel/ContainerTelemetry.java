package io.zmqrpc.cdi.otel;

import io.opentelemetry.api.OpenTelemetry;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.runtime.otel.ZmqRpcTelemetry;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.System.Logger.Level;

/**
 * The OpenTelemetry listener of a container: for the container's {@link OpenTelemetry} bean when
 * exactly one resolves (MicroProfile Telemetry provides it), else for the global instance once it
 * is set (the Java agent, or the application's own).
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
        // a producer may answer null (a container with the API and telemetry switched off): no bean then
        OpenTelemetry container = bean.isResolvable() ? bean.get() : null;
        if (container != null) {
            LOG.log(Level.DEBUG, "zmqrpc telemetry uses the container's OpenTelemetry bean");
            return ZmqRpcTelemetry.create(container);
        }
        LOG.log(Level.DEBUG, "zmqrpc telemetry uses GlobalOpenTelemetry (no OpenTelemetry bean gives one)");
        return ZmqRpcTelemetry.global();
    }
}
