package io.zmqrpc.cdi.otel;

import io.opentelemetry.api.OpenTelemetry;
import jakarta.enterprise.inject.Produces;

/** The container's {@link OpenTelemetry} bean, as MicroProfile Telemetry provides one: the test's SDK. */
public class SdkProducer {

    /** The SDK the test set up. */
    public static volatile OpenTelemetry sdk;

    /** @return the SDK */
    @Produces
    OpenTelemetry openTelemetry() {
        return sdk;
    }
}
