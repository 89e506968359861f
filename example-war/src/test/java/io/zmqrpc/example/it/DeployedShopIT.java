package io.zmqrpc.example.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.example.it.harness.AppServer;
import io.zmqrpc.example.it.harness.FreePorts;
import io.zmqrpc.example.it.harness.Http;
import io.zmqrpc.example.it.harness.Python;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The example WAR on one real server, from deployment to shutdown: the server is started once for
 * the class, the tests run in order against it (each on its own SKUs, so that they do not depend on
 * each other's stock), an undeploy with a slow call in flight shows what MicroProfile Health says
 * while the endpoint drains, and the last test stops the server. Whatever fails,
 * {@link #killLeftovers()} makes sure nothing keeps running.
 *
 * <p>The inventory's ZeroMQ port is picked free here and given to the server JVM as
 * {@code -Dinventory.bind} / {@code -Dinventory.connect}, which the app's
 * {@code ${inventory.bind:...}} placeholders read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DeployedShopIT implements JavaClientCalls {

    private static final System.Logger LOG = System.getLogger(DeployedShopIT.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READINESS = "zmqrpc-server-InventoryService";
    /** How long the audit held in flight takes: longer than WildFly's deployment scanner takes to start the undeploy (5 s). */
    private static final int AUDIT_MILLIS = 15_000;

    private AppServer server;
    private String inventoryEndpoint;
    private Path workDir;
    private Duration stoppedIn;

    /**
     * Starts the server with the WAR deployed and returns once the deployment is done.
     *
     * @param war the WAR
     * @param systemProperties for the server JVM
     * @param workDir a fresh directory for the run
     * @return the running server
     */
    abstract AppServer start(Path war, Map<String, String> systemProperties, Path workDir) throws Exception;

    /**
     * What this server's JVM needs besides the app's configuration; none by default.
     *
     * @return system properties
     */
    Map<String, String> serverProperties() {
        return Map.of();
    }

    /**
     * The short name of this server, for work directories.
     *
     * @return the name
     */
    abstract String serverName();

    @BeforeAll
    void startServer() throws Exception {
        inventoryEndpoint = "tcp://127.0.0.1:" + FreePorts.pick();
        workDir = ItSettings.workDir(serverName());
        Map<String, String> properties = new HashMap<>(serverProperties());
        properties.putAll(Map.of("inventory.bind", inventoryEndpoint, "inventory.connect", inventoryEndpoint,
                // longer than the audit, so that undeploying drains until it is answered, and
                // shorter than the harness waits for a stop
                "zmqrpc.shutdown.grace", "30s"));
        server = start(ItSettings.war(), properties, workDir);
        LOG.log(System.Logger.Level.INFO, "{0} booted with the WAR in {1} ms (log: {2})",
                server.name(), server.bootTime().toMillis(), server.log().file());
    }

    @AfterAll
    void killLeftovers() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * The running server, for the tests of one server's own features.
     *
     * @return the server
     */
    AppServer server() {
        return server;
    }

    /**
     * Where the deployed inventory service listens, for ZeroMQ clients.
     *
     * @return the endpoint, for example {@code tcp://127.0.0.1:40123}
     */
    @Override
    public String inventoryEndpoint() {
        return inventoryEndpoint;
    }

    @Test
    @Order(1)
    void healthAnswersWithoutZmqrpc() throws Exception {
        HttpResponse<String> response = Http.get(api("health"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()).path("status").asText()).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void logShowsTheInventoryEndpointStarted() {
        assertLogged("zmqrpc endpoint InventoryService started on [" + inventoryEndpoint + "]");
        assertThat(FreePorts.isFree(FreePorts.portOf(inventoryEndpoint))).as("the ZeroMQ port is bound").isFalse();
    }

    @Test
    @Order(3)
    void readinessShowsTheEndpointUpAndLivenessTheExtension() throws Exception {
        JsonNode readiness = check(readiness(), READINESS);
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(data(readiness)).isEqualTo(Map.of("state", "serving", "pattern", "RPC",
                "endpoints", inventoryEndpoint, "in-flight", "0", "socket-thread-alive", "true"));
        JsonNode liveness = check(health("live"), "zmqrpc");
        assertThat(liveness.path("status").asText()).isEqualTo("UP");
        assertThat(data(liveness)).isEqualTo(Map.of("InventoryService", "alive"));
    }

    @Test
    @Order(10)
    void orderWithinStockIsCreated() throws Exception {
        HttpResponse<String> response = Http.postJson(api("orders"), "{\"sku\":\"apple\",\"quantity\":3}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode order = JSON.readTree(response.body());
        assertThat(order.path("orderId").asText()).isNotBlank();
        assertThat(order.path("sku").asText()).isEqualTo("apple");
        assertThat(order.path("quantity").asInt()).isEqualTo(3);
        assertThat(order.path("remaining").asInt()).isEqualTo(7);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/orders/" + order.path("orderId").asText()));
    }

    @Test
    @Order(11)
    void orderBeyondStockIsAConflictNamingWhatIsThere() throws Exception {
        HttpResponse<String> response = Http.postJson(api("orders"), "{\"sku\":\"pear\",\"quantity\":99}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo("out of stock");
        assertThat(error.path("sku").asText()).isEqualTo("pear");
        assertThat(error.path("requested").asInt()).isEqualTo(99);
        assertThat(error.path("available").asInt()).isEqualTo(5);
    }

    @Test
    @Order(12)
    void malformedOrderIsABadRequest() throws Exception {
        HttpResponse<String> response = Http.postJson(api("orders"), "{\"sku\":\"apple\",\"quantity\":0}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("invalid order");
    }

    @Test
    @Order(13)
    void restockGoesThroughTheAsynchronousMethod() throws Exception {
        HttpResponse<String> response = Http.post(api("stock/fig?quantity=4"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode stock = JSON.readTree(response.body());
        assertThat(stock.path("sku").asText()).isEqualTo("fig");
        assertThat(stock.path("available").asInt()).isEqualTo(4);
    }

    @Test
    @Order(14)
    void retryOnTheClientInterfaceGetsPastTheFlakyCounter() throws Exception {
        // The counter fails the first request of every pair: each stocktake is answered by the retry.
        for (int answered : new int[] {2, 4}) {
            HttpResponse<String> response = Http.get(api("stock/take"));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("attempt").asInt()).isEqualTo(answered);
        }
    }

    @Test
    @Order(20)
    void pythonAiozmqClientCallsTheEndpoint() throws Exception {
        Python.Result run = Python.run(ItSettings.python(), script("shop_client.py"), Map.of(), workDir, inventoryEndpoint);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode result = JSON.readTree(run.stdout());
        assertThat(result.path("available").asInt()).isEqualTo(8);
        assertThat(result.path("reservation").path("sku").asText()).isEqualTo("plum");
        assertThat(result.path("reservation").path("quantity").asInt()).isEqualTo(2);
        assertThat(result.path("reservation").path("remaining").asInt()).isEqualTo(6);
        assertThat(result.path("outOfStock").path("type").asText()).isEqualTo("shop.OutOfStock");
        assertThat(result.path("outOfStock").path("args").path(0).asText())
                .isEqualTo("out of stock: plum requested 100, available 6");
        assertThat(result.path("restocked").asInt()).isEqualTo(10);
    }

    @Test
    @Order(21)
    void readmeSnippetCallsTheEndpoint() throws Exception {
        Python.Result run = Python.run(ItSettings.python(), script("readme_client.py"),
                Map.of("INVENTORY", inventoryEndpoint), workDir);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("'sku': 'apple'", "'quantity': 1");
    }

    /**
     * Whether the server keeps the application's health checks while its undeploy drains the
     * endpoint, so that the readiness check itself is seen down; else the checks are gone as the
     * undeploy begins.
     *
     * @return true when the checks stay until the drain is over
     */
    abstract boolean keepsChecksWhileDraining();

    /**
     * A slow audit holds the drain open: the readiness check counts it while the endpoint serves;
     * once the undeploy has begun readiness is down while the audit still runs (the check itself
     * down and draining where the server keeps it), the audit is answered, and the undeploy takes
     * the checks away.
     */
    @Test
    @Order(90)
    void readinessIsDownWhileUndeployingDrainsTheEndpoint() throws Exception {
        ClientOptions options = ClientOptions.builder().connect(inventoryEndpoint).timeout(Duration.ofMinutes(2)).build();
        try (RpcChannel client = ZmqRpc.connectRpc(options)) {
            CompletableFuture<Object> audit = client.callAsync("audit", AUDIT_MILLIS);
            JsonNode serving = awaitReadiness(r -> check(r, READINESS).path("data").path("in-flight").asInt() == 1,
                    "the audit is in flight", audit);
            assertThat(serving.path("status").asText()).isEqualTo("UP");

            server.startUndeploy();
            JsonNode draining = awaitReadiness(r -> r.path("status").asText().equals("DOWN"), "readiness is down", audit);
            if (keepsChecksWhileDraining()) {
                JsonNode check = check(draining, READINESS);
                assertThat(check.path("status").asText()).isEqualTo("DOWN");
                assertThat(data(check)).containsEntry("state", "draining").containsEntry("endpoints", inventoryEndpoint);
                assertThat(check.path("data").path("in-flight").asInt()).isGreaterThanOrEqualTo(1);
            } else {
                assertThat(zmqrpcChecks(draining)).as(draining.toString()).isEmpty();
            }
            // the drain lets the audit finish, with the shelves the earlier tests left: apples 10-3-1,
            // pears 5, plums 8-2+4, kiwis 6-2+3, figs 0+4
            assertThat(audit.get(2, TimeUnit.MINUTES)).isEqualTo(32L);
            server.awaitUndeployed(Duration.ofMinutes(2));
        }
        JsonNode after = readiness();
        assertThat(zmqrpcChecks(after)).as(after.toString()).isEmpty();
    }

    @Test
    @Order(100)
    void stopsCleanlyAndFreesItsPorts() throws Exception {
        stoppedIn = server.stop();
        LOG.log(System.Logger.Level.INFO, "{0} stopped in {1} ms", server.name(), stoppedIn.toMillis());

        List<Integer> ports = new ArrayList<>(server.ports());
        ports.add(FreePorts.portOf(inventoryEndpoint));
        assertThat(FreePorts.awaitFree(Duration.ofSeconds(10), ports)).as("ports %s free again", ports).isTrue();
    }

    @Test
    @Order(101)
    void logShowsTheInventoryEndpointStopped() {
        assertThat(stoppedIn).as("the previous test stopped the server").isNotNull();
        assertLogged("zmqrpc endpoint InventoryService stopped");
    }

    @Test
    @Order(102)
    void undeployLeavesNoThreadLocalPinningTheApplication() {
        assertThat(stoppedIn).as("the previous tests stopped the server").isNotNull();
        // Payara's web container checks its threads when an application stops and reports each
        // thread-local value of the application's classes (a class loader leak); WildFly does not
        // check, so there this holds trivially.
        assertThat(server.log().lines()).noneMatch(line -> line.contains("but failed to remove it when the web application was stopped"));
    }

    /** Each server puts its own prefix (time, level, logger, thread) before the message. */
    private void assertLogged(String message) {
        assertThat(server.log().lines()).as("log lines ending with: %s (see %s)", message, server.log().file())
                .anyMatch(line -> line.endsWith(message));
    }

    /**
     * Polls {@code health/ready} until it satisfies the condition; fails when the audit was answered
     * first (the window to watch is over) or after a minute.
     */
    private JsonNode awaitReadiness(Predicate<JsonNode> condition, String what, CompletableFuture<Object> audit)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            JsonNode readiness = readiness();
            if (condition.test(readiness)) {
                return readiness;
            }
            if (audit.isDone() || System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what + "; last " + readiness);
            }
            Thread.sleep(100);
        }
    }

    private JsonNode readiness() throws Exception {
        return health("ready");
    }

    /** A MicroProfile Health response, whose HTTP status must agree with its overall status. */
    private JsonNode health(String procedure) throws Exception {
        HttpResponse<String> response = Http.get(server.healthUri().resolve(procedure));
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(body.path("status").asText().equals("UP") ? 200 : 503);
        return body;
    }

    private static JsonNode check(JsonNode health, String name) {
        return StreamSupport.stream(health.path("checks").spliterator(), false)
                .filter(c -> c.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    private static List<String> zmqrpcChecks(JsonNode health) {
        return StreamSupport.stream(health.path("checks").spliterator(), false)
                .map(c -> c.path("name").asText()).filter(name -> name.startsWith("zmqrpc")).toList();
    }

    /** A check's data as text: WildFly writes numbers and booleans as JSON numbers and booleans, Payara as strings. */
    private static Map<String, String> data(JsonNode check) {
        Map<String, String> data = new LinkedHashMap<>();
        check.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        return data;
    }

    private URI api(String path) {
        return server.appUri().resolve("api/" + path);
    }

    private static Path script(String name) throws URISyntaxException {
        return Path.of(DeployedShopIT.class.getResource("/python/" + name).toURI());
    }
}
