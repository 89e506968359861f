package io.zmqrpc.cdi.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.ServedEndpoints;
import io.zmqrpc.cdi.ZmqRpcExtension;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.otel.ZmqRpcTelemetry;
import io.zmqrpc.testing.OtelSdk;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Weld SE containers, each with an {@code OpenTelemetry} bean (the SDK): one serves
 * {@code stock}, the other serves {@code shop}, whose handler calls {@code stock} through an
 * injected client. A call to {@code shop.order} made under a test span is one trace of five spans,
 * each the child of the one before, across both containers; the application's own
 * {@code CallListener} bean sees the calls of its container too.
 */
class ContainerTelemetryTest {

    private static final AtomicInteger IDS = new AtomicInteger();

    private static OtelSdk sdk;
    private static WeldContainer stock;
    private static WeldContainer shop;
    private static RpcChannel client;

    @BeforeAll
    static void deploy() {
        sdk = new OtelSdk();
        SdkProducer.sdk = sdk.openTelemetry();
        stock = start(StockService.class, SdkProducer.class);
        System.setProperty("otel.stock", endpoint(stock, "StockService"));
        try {
            shop = start(ShopService.class, SdkProducer.class, RecordingListener.class);
        } finally {
            System.clearProperty("otel.stock");
        }
        client = ZmqRpc.connectRpc(ClientOptions.builder().name("test-client").connect(endpoint(shop, "ShopService"))
                .timeout(Duration.ofSeconds(30)).listener(ZmqRpcTelemetry.create(sdk.openTelemetry())).build());
    }

    static WeldContainer start(Class<?>... beanClasses) {
        return new Weld("zmqrpc-otel-" + IDS.incrementAndGet()).disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addExtension(new ZmqRpcExtension()).addBeanClasses(beanClasses).initialize();
    }

    static String endpoint(WeldContainer container, String name) {
        return container.select(ServedEndpoints.class).get().of(name).get(0);
    }

    @AfterAll
    static void shutdown() {
        if (client != null) {
            client.close();
        }
        for (WeldContainer c : new WeldContainer[] {shop, stock}) {
            if (c != null && c.isRunning()) {
                c.shutdown();
            }
        }
        if (sdk != null) {
            sdk.close();
        }
    }

    @BeforeEach
    void forget() {
        sdk.resetSpans();
        RecordingListener.ENDED.clear();
    }

    @Test
    void oneTraceFromTheCallerThroughBothContainers() {
        Span test = sdk.openTelemetry().getTracer("test").spanBuilder("test").startSpan();
        try (Scope ignored = test.makeCurrent()) {
            assertThat(client.call(String.class, "shop.order", "apple")).isEqualTo("apple:7");
        } finally {
            test.end();
        }

        List<SpanData> spans = sdk.awaitSpans(5, Duration.ofSeconds(10));
        SpanData orderClient = sdk.span(s -> s.getName().equals("shop.order") && s.getKind() == SpanKind.CLIENT);
        SpanData orderServer = sdk.span(s -> s.getName().equals("shop.order") && s.getKind() == SpanKind.SERVER);
        SpanData takeClient = sdk.span(s -> s.getName().equals("stock.take") && s.getKind() == SpanKind.CLIENT);
        SpanData takeServer = sdk.span(s -> s.getName().equals("stock.take") && s.getKind() == SpanKind.SERVER);

        assertThat(spans).hasSize(5).extracting(SpanData::getTraceId).containsOnly(test.getSpanContext().getTraceId());
        assertThat(orderClient.getParentSpanId()).isEqualTo(test.getSpanContext().getSpanId());
        assertThat(orderServer.getParentSpanId()).isEqualTo(orderClient.getSpanId());
        assertThat(takeClient.getParentSpanId()).isEqualTo(orderServer.getSpanId());
        assertThat(takeServer.getParentSpanId()).isEqualTo(takeClient.getSpanId());

        URI shopAddress = URI.create(endpoint(shop, "ShopService"));
        URI stockAddress = URI.create(endpoint(stock, "StockService"));
        assertThat(orderServer.getAttributes().asMap()).isEqualTo(attributes("shop.order", shopAddress, "ShopService"));
        assertThat(takeClient.getAttributes().asMap()).isEqualTo(attributes("stock.take", stockAddress, "client-Stock"));
        assertThat(takeServer.getAttributes().asMap()).isEqualTo(attributes("stock.take", stockAddress, "StockService"));
    }

    @Test
    void theApplicationsListenerBeanSeesItsContainersCalls() {
        assertThat(client.call(String.class, "shop.order", "pear")).isEqualTo("pear:7");

        sdk.awaitSpans(4, Duration.ofSeconds(10));
        // the server's call ends after the handler, whose client call ended inside it
        assertThat(RecordingListener.ENDED).containsExactly("CLIENT stock.take OK", "SERVER shop.order OK");
    }

    private static Map<?, ?> attributes(String method, URI address, String endpoint) {
        return io.opentelemetry.api.common.Attributes.builder()
                .put("rpc.system.name", "zmqrpc")
                .put("rpc.system", "zmqrpc")
                .put("rpc.method", method)
                .put("zmqrpc.pattern", "rpc")
                .put("server.address", address.getHost())
                .put("server.port", (long) address.getPort())
                .put("network.transport", "tcp")
                .put("zmqrpc.endpoint", endpoint)
                .put("rpc.response.status_code", "OK")
                .build().asMap();
    }
}
