package io.zmqrpc.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.zmqrpc.Pattern;
import io.zmqrpc.cdi.config.MapLookup;
import io.zmqrpc.cdi.otel.RecordingListener;
import io.zmqrpc.cdi.otel.SdkProducer;
import io.zmqrpc.observe.CallEnd;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.Outcome;
import io.zmqrpc.observe.Side;
import io.zmqrpc.testing.OtelSdk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which listeners every client and server of a container gets: the {@code CallListener} beans,
 * then the OpenTelemetry listener, for the container's {@code OpenTelemetry} bean (asked for at
 * the calls) or else the global instance, unless {@value ListenerAssembly#TELEMETRY_KEY} says
 * {@code false}.
 */
class ListenerAssemblyTest {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final OtelSdk sdk = new OtelSdk();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void sdk() {
        SdkProducer.sdk = sdk.openTelemetry();
        GlobalOpenTelemetry.resetForTest();
    }

    @AfterEach
    void close() {
        SdkProducer.sdk = null;
        GlobalOpenTelemetry.resetForTest();
        sdk.close();
    }

    /** Assembles in a running container and hands the listeners to a check while it runs. */
    private void assemble(Map<String, String> keys, Consumer<List<CallListener>> check, Class<?>... beans) {
        try (WeldContainer container = new Weld("zmqrpc-listeners-" + IDS.incrementAndGet()).disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false).addBeanClasses(beans).initialize()) {
            check.accept(ListenerAssembly.assemble(container.getBeanManager(), MapLookup.of(keys), problems::add));
        }
    }

    private static CallObserver call(CallListener listener) {
        return listener.started(new CallInfo(Side.CLIENT, Pattern.RPC, "calc.add", "client-Calc",
                List.of("tcp://127.0.0.1:5555"), null, 1, new HashMap<>(), null));
    }

    @Test
    void theListenerBeansThenTheTelemetryOfTheContainersOpenTelemetryBean() {
        assemble(Map.of(), listeners -> {
            assertThat(listeners).hasSize(2);
            assertThat(listeners.get(0).getClass().getName()).startsWith(RecordingListener.class.getName());
            call(listeners.get(1)).ended(new CallEnd(Outcome.OK, null, null, 1, 0, 1));
        }, RecordingListener.class, SdkProducer.class);

        assertThat(sdk.spans()).extracting(SpanData::getName).containsExactly("calc.add");
        assertThat(problems).isEmpty();
    }

    @Test
    void aBeanThatGivesNoInstanceYetIsAskedAgainAtTheNextCall() {
        SdkProducer.sdk = null;
        assemble(Map.of(), listeners -> {
            assertThat(call(listeners.get(0))).isNull();
            SdkProducer.sdk = sdk.openTelemetry();
            call(listeners.get(0)).ended(new CallEnd(Outcome.OK, null, null, 1, 0, 1));
        }, SdkProducer.class);

        assertThat(sdk.spans()).extracting(SpanData::getName).containsExactly("calc.add");
    }

    @Test
    void withoutAnOpenTelemetryBeanTheGlobalInstanceOnceSet() {
        assemble(Map.of(), listeners -> {
            assertThat(listeners).hasSize(2);
            assertThat(call(listeners.get(1))).isNull();
            assertThat(GlobalOpenTelemetry.isSet()).isFalse();
            GlobalOpenTelemetry.set(sdk.openTelemetry());
            call(listeners.get(1)).ended(new CallEnd(Outcome.OK, null, null, 1, 0, 1));
        }, RecordingListener.class);

        assertThat(sdk.spans()).extracting(SpanData::getName).containsExactly("calc.add");
    }

    @Test
    void theKeyTurnsTheTelemetryOffAndKeepsTheBeans() {
        assemble(Map.of("zmqrpc.telemetry.enabled", "FALSE"), listeners -> {
            assertThat(listeners).singleElement().extracting(l -> l.getClass().getName()).asString()
                    .startsWith(RecordingListener.class.getName());
        }, RecordingListener.class, SdkProducer.class);

        assertThat(problems).isEmpty();
    }

    @Test
    void aValueThatIsNeitherTrueNorFalseIsAProblemNamingTheKey() {
        assemble(Map.of("zmqrpc.telemetry.enabled", "maybe"), listeners -> assertThat(listeners).isEmpty(),
                SdkProducer.class);

        assertThat(problems).containsExactly("zmqrpc: zmqrpc.telemetry.enabled must be true or false, got 'maybe'");
    }
}
