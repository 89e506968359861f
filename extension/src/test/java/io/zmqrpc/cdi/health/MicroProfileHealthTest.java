package io.zmqrpc.cdi.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.inject.ConfigExtension;
import io.smallrye.health.AsyncHealthCheckFactory;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.health.registry.HealthRegistries;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.ServedEndpoints;
import io.zmqrpc.cdi.ZmqRpcExtension;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import io.zmqrpc.testing.LiteOnlyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With MicroProfile Health present (SmallRye Health's reporter, in Weld SE), the endpoint's readiness
 * check is up while it serves and down while it drains, with its data; the extension's liveness check
 * is up, naming each server; and {@code zmqrpc.server.<name>.health} turns on {@code _zmqrpc.health}.
 * Each with the portable extension and with the build-compatible one (through Weld's translator).
 */
class MicroProfileHealthTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicInteger IDS = new AtomicInteger();

    private WeldContainer container;

    @AfterEach
    void shutdown() {
        HeldCounter.release.countDown();
        if (container != null && container.isRunning()) {
            container.shutdown();
        }
        System.clearProperty("zmqrpc.shutdown.grace");
        System.clearProperty("zmqrpc.server.Counter.health");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readinessIsUpWhileServingAndDownWhileDraining(boolean buildCompatible) throws Exception {
        // a grace long enough for the held call to keep the server draining while the test looks
        System.setProperty("zmqrpc.shutdown.grace", "30s");
        container = start(buildCompatible);
        SmallRyeHealthReporter reporter = container.select(SmallRyeHealthReporter.class).get();
        String endpoint = container.select(ServedEndpoints.class).get().of("Counter").get(0);

        assertThat(check(reporter.getReadiness(), "zmqrpc-server-Counter")).isEqualTo(json(
                "{\"name\":\"zmqrpc-server-Counter\",\"status\":\"UP\",\"data\":{\"state\":\"serving\","
                        + "\"pattern\":\"RPC\",\"endpoints\":\"" + endpoint + "\",\"in-flight\":0,"
                        + "\"socket-thread-alive\":true}}"));
        assertThat(reporter.getReadiness().isDown()).isFalse();
        assertThat(check(reporter.getLiveness(), "zmqrpc")).isEqualTo(json(
                "{\"name\":\"zmqrpc\",\"status\":\"UP\",\"data\":{\"Counter\":\"alive\"}}"));

        HeldCounter.release = new CountDownLatch(1);
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(endpoint).timeout(WAIT).build())) {
            CompletableFuture<Object> held = client.callAsync("held", 3);
            await(() -> data(reporter.getReadiness()).getInt("in-flight") == 1, "the held call is in flight");
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(container::shutdown);
            await(() -> "draining".equals(data(reporter.getReadiness()).getString("state")), "the endpoint drains");

            SmallRyeHealth readiness = reporter.getReadiness();
            assertThat(readiness.isDown()).isTrue();
            assertThat(check(readiness, "zmqrpc-server-Counter")).isEqualTo(json(
                    "{\"name\":\"zmqrpc-server-Counter\",\"status\":\"DOWN\",\"data\":{\"state\":\"draining\","
                            + "\"pattern\":\"RPC\",\"endpoints\":\"" + endpoint + "\",\"in-flight\":1,"
                            + "\"socket-thread-alive\":true}}"));
            // draining is no reason to restart: the process is still live
            assertThat(check(reporter.getLiveness(), "zmqrpc")).isEqualTo(json(
                    "{\"name\":\"zmqrpc\",\"status\":\"UP\",\"data\":{\"Counter\":\"alive\"}}"));

            HeldCounter.release.countDown();
            assertThat(held.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(3L);
            stopping.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theHealthKeyTurnsOnTheReservedHealthMethod(boolean buildCompatible) {
        System.setProperty("zmqrpc.server.Counter.health", "true");
        container = start(buildCompatible);
        String endpoint = container.select(ServedEndpoints.class).get().of("Counter").get(0);
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(endpoint).timeout(WAIT).build())) {
            assertThat(client.call("_zmqrpc.health")).isEqualTo(Map.of("status", "UP", "endpoint", "Counter",
                    "state", "serving", "checks", Map.of("serving", true, "endpoints", true, "socket-thread", true),
                    "in-flight", 1L));
        }
    }

    private static WeldContainer start(boolean buildCompatible) {
        Weld weld = new Weld("zmqrpc-health-" + IDS.incrementAndGet()).disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addExtension(new ConfigExtension())
                .addBeanClasses(SmallRyeHealthReporter.class, HealthRegistries.class, AsyncHealthCheckFactory.class,
                        HeldCounter.class);
        if (buildCompatible) {
            weld.addBuildCompatibleExtensions(LiteOnlyExtension.class);
        } else {
            weld.addExtension(new ZmqRpcExtension());
        }
        return weld.initialize();
    }

    private static JsonObject check(SmallRyeHealth health, String name) {
        return health.getPayload().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health.getPayload()));
    }

    private static JsonObject data(SmallRyeHealth health) {
        return check(health, "zmqrpc-server-Counter").getJsonObject("data");
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new java.io.StringReader(text))) {
            return reader.readObject();
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
