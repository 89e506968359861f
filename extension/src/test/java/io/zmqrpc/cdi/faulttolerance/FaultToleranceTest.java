package io.zmqrpc.cdi.faulttolerance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.inject.ConfigExtension;
import io.smallrye.faulttolerance.FaultToleranceExtension;
import io.smallrye.faulttolerance.metrics.MetricsIntegration;
import io.zmqrpc.RpcTimeoutException;
import jakarta.enterprise.inject.spi.Extension;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SmallRye Fault Tolerance's strategies wrap the remote calls of an injected client: counted on
 * the server, a retry until it succeeds, a timeout, a circuit that opens, a fallback, and the
 * asynchronous flavours; without Fault Tolerance, a {@code @Timeout} still shortens the call's own
 * timeout.
 */
class FaultToleranceTest {

    private static WeldContainer server;
    private static WeldContainer client;
    private static WeldContainer withoutFaultTolerance;
    private static Warehouse warehouse;

    @BeforeAll
    static void deploy() {
        server = Containers.start(new Extension[0], FlakyWarehouse.class);
        System.setProperty("ft.target", Containers.endpoint(server, "Warehouse"));
        try {
            // No metrics: with the OpenTelemetry API on this module's test class path (zmqrpc's own
            // telemetry tests), SmallRye Fault Tolerance would record into a Meter bean by default.
            client = Containers.start(new Extension[] {new FaultToleranceExtension(MetricsIntegration.NOOP),
                new ConfigExtension()}, WarehouseClient.class);
            withoutFaultTolerance = Containers.start(new Extension[0], WarehouseClient.class);
        } finally {
            System.clearProperty("ft.target");
        }
        warehouse = client.select(WarehouseClient.class).get().warehouse();
    }

    @AfterAll
    static void shutdown() {
        for (WeldContainer c : new WeldContainer[] {withoutFaultTolerance, client, server}) {
            if (c != null && c.isRunning()) {
                c.shutdown();
            }
        }
    }

    @BeforeEach
    void resetCounts() {
        FlakyWarehouse.CALLS.clear();
    }

    @Test
    void retriesUntilTheServerSucceeds() {
        assertThat(warehouse.reserve("sku-1")).isEqualTo("reserved sku-1");
        assertThat(FlakyWarehouse.calls("reserve")).isEqualTo(3);
    }

    @Test
    void asynchronousRetry() throws Exception {
        assertThat(warehouse.reserveLater("sku-2").toCompletableFuture().get(20, TimeUnit.SECONDS))
                .isEqualTo("reserved sku-2");
        assertThat(FlakyWarehouse.calls("reserve_async")).isEqualTo(3);
    }

    @Test
    void timeoutGivesUpBeforeTheServerAnswers() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> warehouse.slow(2_000)).isInstanceOf(TimeoutException.class);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_500);
    }

    @Test
    void asynchronousTimeout() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> warehouse.slowLater(2_000).toCompletableFuture().get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_500);
    }

    @Test
    void circuitOpensAfterTwoFailures() {
        assertThatThrownBy(warehouse::fragile).isInstanceOf(IllegalStateException.class).hasMessage("down");
        assertThatThrownBy(warehouse::fragile).isInstanceOf(IllegalStateException.class).hasMessage("down");
        assertThatThrownBy(warehouse::fragile).isInstanceOf(CircuitBreakerOpenException.class);
        assertThat(FlakyWarehouse.calls("fragile")).isEqualTo(2);
    }

    @Test
    void fallbackAnswersWhenTheServerFails() {
        assertThat(warehouse.unavailable()).isEqualTo("cached");
        assertThat(FlakyWarehouse.calls("unavailable")).isEqualTo(1);
    }

    @Test
    void withoutFaultToleranceTheTimeoutStillShortensTheCall() {
        Warehouse plain = withoutFaultTolerance.select(WarehouseClient.class).get().warehouse();
        long start = System.nanoTime();
        // twice the 300 ms of @Timeout, instead of the client's 30 s; the server takes 2 s
        assertThatThrownBy(() -> plain.slow(2_000)).isInstanceOf(RpcTimeoutException.class)
                .hasMessageStartingWith("call slow to [tcp://127.0.0.1:");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(590L, 1_500L);
    }
}
