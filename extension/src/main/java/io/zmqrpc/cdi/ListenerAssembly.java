package io.zmqrpc.cdi;

import io.zmqrpc.cdi.config.ConfigLookup;
import io.zmqrpc.cdi.config.Settings;
import io.zmqrpc.cdi.otel.ContainerTelemetry;
import io.zmqrpc.observe.CallListener;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The call listeners every client and server of the application gets: each bean implementing
 * {@link CallListener}, then zmqrpc's OpenTelemetry listener when the OpenTelemetry API is on the
 * class path, unless {@value #TELEMETRY_KEY} is {@code false}.
 */
final class ListenerAssembly {

    /** Key that turns the OpenTelemetry listener off ({@code true} by default). */
    static final String TELEMETRY_KEY = "zmqrpc.telemetry.enabled";

    /** A class of the OpenTelemetry API, looked up before anything that refers to it is loaded. */
    static final String OPEN_TELEMETRY_CLASS = "io.opentelemetry.api.OpenTelemetry";

    private ListenerAssembly() {
    }

    static List<CallListener> assemble(BeanManager beans, ConfigLookup config, Consumer<String> problems) {
        List<CallListener> listeners = new ArrayList<>();
        beans.createInstance().select(CallListener.class, Any.Literal.INSTANCE).forEach(listeners::add);
        if (telemetryEnabled(config, problems) && openTelemetryPresent()) {
            listeners.add(ContainerTelemetry.listener(beans));
        }
        return listeners;
    }

    private static boolean telemetryEnabled(ConfigLookup config, Consumer<String> problems) {
        try {
            return new Settings(config, "zmqrpc.telemetry").flag("enabled", true);
        } catch (IllegalArgumentException e) {
            problems.accept("zmqrpc: " + e.getMessage());
            return false;
        }
    }

    /**
     * Whether zmqrpc's own class loader, the one that would resolve {@link ContainerTelemetry}'s
     * references, sees the OpenTelemetry API.
     */
    static boolean openTelemetryPresent() {
        try {
            Class.forName(OPEN_TELEMETRY_CLASS, false, ListenerAssembly.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
