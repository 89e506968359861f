package io.zmqrpc.example.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.example.it.harness.AppServer;
import io.zmqrpc.example.it.harness.Http;
import io.zmqrpc.example.it.harness.WildFly;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The example on WildFly 38 (its MicroProfile configuration, standalone-microprofile.xml), and
 * MicroProfile Health on its management port: the inventory endpoint's readiness check is up while
 * it serves, counting a slow call in flight; undeploying the WAR drains the endpoint (the call is
 * answered, within a shutdown grace longer than it) and takes the checks away with it; the
 * extension's liveness check is up.
 *
 * <p>What this cannot show is the check down while the endpoint drains: WildFly answers
 * {@code /health/ready} only once the undeploy operation has completed (a request made meanwhile
 * waits for the whole drain, measured: 29 s for a 30 s call), so no probe of WildFly's ever sees that
 * state. {@code MicroProfileHealthTest} (Weld SE with SmallRye Health) shows it.
 */
class WildFlyIT extends DeployedShopIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READINESS = "zmqrpc-server-InventoryService";
    /** How long the audit held in flight takes: longer than the deployment scanner takes to start the undeploy (5 s). */
    private static final int AUDIT_MILLIS = 15_000;

    @Override
    AppServer start(Path war, Map<String, String> systemProperties, Path workDir) throws Exception {
        Map<String, String> properties = new HashMap<>(systemProperties);
        // longer than the audit, so that undeploying drains until it is answered
        properties.put("zmqrpc.shutdown.grace", "90s");
        return WildFly.start(ItSettings.wildFlyHome(), war, properties, workDir);
    }

    @Override
    String serverName() {
        return "wildfly";
    }

    @Test
    @Order(3)
    void readinessShowsTheEndpointUpAndLivenessTheExtension() throws Exception {
        JsonNode readiness = check("health/ready", READINESS);
        assertThat(readiness).isEqualTo(JSON.readTree("{\"name\":\"" + READINESS + "\",\"status\":\"UP\",\"data\":"
                + "{\"state\":\"serving\",\"pattern\":\"RPC\",\"endpoints\":\"" + inventoryEndpoint() + "\","
                + "\"in-flight\":0,\"socket-thread-alive\":true}}"));
        assertThat(check("health/live", "zmqrpc")).isEqualTo(JSON.readTree(
                "{\"name\":\"zmqrpc\",\"status\":\"UP\",\"data\":{\"InventoryService\":\"alive\"}}"));
    }

    @Test
    @Order(90)
    void undeployingDrainsTheEndpointAndTakesItsChecksAway() throws Exception {
        WildFly wildFly = (WildFly) server();
        ClientOptions options = ClientOptions.builder().connect(inventoryEndpoint()).timeout(Duration.ofMinutes(2)).build();
        try (RpcChannel client = ZmqRpc.connectRpc(options)) {
            CompletableFuture<Object> audit = client.callAsync("audit", AUDIT_MILLIS);
            JsonNode inFlight = awaitCheck(c -> c.path("data").path("in-flight").asInt() == 1, "the audit is in flight", audit);
            assertThat(inFlight.path("status").asText()).isEqualTo("UP");

            wildFly.startUndeploy();
            // the drain lets the audit finish, with the shelves the earlier tests left: apples 10-3-1,
            // pears 5, plums 8-2+4, kiwis 6-2+3, figs 0+4
            assertThat(audit.get(2, TimeUnit.MINUTES)).isEqualTo(32L);
            assertThat(wildFly.awaitUndeployed(Duration.ofMinutes(2))).as("undeployed").isTrue();
        }
        HttpResponse<String> after = Http.get(wildFly.managementUri().resolve("health/ready"));
        assertThat(JSON.readTree(after.body()).path("checks")).as(after.body())
                .noneMatch(c -> c.path("name").asText().startsWith("zmqrpc"));
    }

    /**
     * Polls the readiness check until it satisfies the condition; fails when the audit was answered
     * first (the window to watch is over) or after a minute.
     */
    private JsonNode awaitCheck(Predicate<JsonNode> condition, String what, CompletableFuture<Object> audit)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            JsonNode check = check("health/ready", READINESS);
            if (condition.test(check)) {
                return check;
            }
            if (audit.isDone() || System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what + "; last " + check);
            }
            Thread.sleep(100);
        }
    }

    private JsonNode check(String path, String name) throws Exception {
        HttpResponse<String> response = Http.get(((WildFly) server()).managementUri().resolve(path));
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(body.path("status").asText().equals("UP") ? 200 : 503);
        return StreamSupport.stream(body.path("checks").spliterator(), false)
                .filter(c -> c.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + response.body()));
    }
}
