package io.zmqrpc.testing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The real OpenTelemetry SDK for tests: every span sampled and exported at its end to an
 * in-memory exporter, metrics read on demand by an in-memory reader, W3C trace context as the
 * propagator. Never a mock: what the tests see is what an exporter would.
 */
public final class OtelSdk implements AutoCloseable {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();

    /** @return the SDK, as an application would hand it to zmqrpc */
    public OpenTelemetry openTelemetry() {
        return sdk;
    }

    /** @return the spans ended so far, in the order they ended */
    public List<SpanData> spans() {
        return spans.getFinishedSpanItems();
    }

    /**
     * Waits until {@code count} spans have ended (a server span ends on the server's thread, after
     * its reply is on the way, so it may end after the client's).
     *
     * @param count how many
     * @param timeout how long to wait at most
     * @return the spans, in the order they ended
     */
    public List<SpanData> awaitSpans(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<SpanData> ended = spans();
            if (ended.size() >= count) {
                return ended;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("expected " + count + " spans within " + timeout + ", got " + ended);
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /**
     * The one ended span matching a condition.
     *
     * @param condition what it must satisfy
     * @return the span
     */
    public SpanData span(Predicate<SpanData> condition) {
        List<SpanData> found = spans().stream().filter(condition).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one matching span, got " + found.size() + " of " + spans());
        }
        return found.get(0);
    }

    /** @return every metric as the reader collects it now */
    public List<MetricData> metrics() {
        return List.copyOf(metrics.collectAllMetrics());
    }

    /**
     * A metric by name, collected now.
     *
     * @param name its name
     * @return the metric, or empty when nothing recorded it yet
     */
    public Optional<MetricData> metric(String name) {
        return metrics().stream().filter(m -> m.getName().equals(name)).findFirst();
    }

    /** Forgets the spans ended so far. */
    public void resetSpans() {
        spans.reset();
    }

    @Override
    public void close() {
        sdk.close();
    }
}
