package io.zmqrpc.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cdi.config.MapLookup;
import io.zmqrpc.cdi.otel.RecordingListener;
import io.zmqrpc.cdi.otel.SdkProducer;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.runtime.otel.ZmqRpcTelemetry;
import io.zmqrpc.testing.OtelSdk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which listeners every client and server of a container gets: the {@code CallListener} beans,
 * then the OpenTelemetry listener, for the container's {@code OpenTelemetry} bean or else the
 * global instance, unless {@value ListenerAssembly#TELEMETRY_KEY} says {@code false}.
 */
class ListenerAssemblyTest {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void sdk() {
        SdkProducer.sdk = sdk.openTelemetry();
    }

    @AfterEach
    void close() {
        SdkProducer.sdk = null;
        sdk.close();
    }

    private final OtelSdk sdk = new OtelSdk();

    private List<CallListener> assemble(Map<String, String> keys, Class<?>... beans) {
        try (WeldContainer container = new Weld("zmqrpc-listeners-" + IDS.incrementAndGet()).disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false).addBeanClasses(beans).initialize()) {
            return ListenerAssembly.assemble(container.getBeanManager(), MapLookup.of(keys), problems::add);
        }
    }

    @Test
    void theListenerBeansThenTheTelemetryOfTheContainersOpenTelemetryBean() {
        List<CallListener> listeners = assemble(Map.of(), RecordingListener.class, SdkProducer.class);

        assertThat(listeners).hasSize(2);
        // the bean's client proxy, not called: the container is gone
        assertThat(listeners.get(0).getClass().getName()).startsWith(RecordingListener.class.getName());
        assertThat(listeners.get(1)).isInstanceOf(ZmqRpcTelemetry.class);
        assertThat(problems).isEmpty();
    }

    @Test
    void aProducerThatGivesNoInstanceIsNoBean() {
        SdkProducer.sdk = null;
        List<CallListener> listeners = assemble(Map.of(), SdkProducer.class);

        assertThat(listeners).singleElement().extracting(l -> l.getClass().getName())
                .isEqualTo("io.zmqrpc.runtime.otel.GlobalTelemetry");
    }

    @Test
    void withoutAnOpenTelemetryBeanTheGlobalInstance() {
        List<CallListener> listeners = assemble(Map.of(), RecordingListener.class);

        assertThat(listeners).hasSize(2);
        assertThat(listeners.get(1).getClass().getName()).isEqualTo("io.zmqrpc.runtime.otel.GlobalTelemetry");
    }

    @Test
    void theKeyTurnsTheTelemetryOffAndKeepsTheBeans() {
        List<CallListener> listeners = assemble(Map.of("zmqrpc.telemetry.enabled", "FALSE"), RecordingListener.class,
                SdkProducer.class);

        assertThat(listeners).hasSize(1);
        // the bean's client proxy, not called: the container is gone
        assertThat(listeners.get(0).getClass().getName()).startsWith(RecordingListener.class.getName());
        assertThat(problems).isEmpty();
    }

    @Test
    void aValueThatIsNeitherTrueNorFalseIsAProblemNamingTheKey() {
        List<CallListener> listeners = assemble(Map.of("zmqrpc.telemetry.enabled", "maybe"), SdkProducer.class);

        assertThat(problems).containsExactly("zmqrpc: zmqrpc.telemetry.enabled must be true or false, got 'maybe'");
        assertThat(listeners).isEmpty();
    }
}
