package io.zmqrpc.example.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zmqrpc.example.it.harness.AppServer;
import io.zmqrpc.example.it.harness.FreePorts;
import io.zmqrpc.example.it.harness.Http;
import io.zmqrpc.example.it.harness.Python;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * each other's stock), and the last test stops it. Whatever fails, {@link #killLeftovers()} makes
 * sure nothing keeps running.
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
     * The short name of this server, for work directories.
     *
     * @return the name
     */
    abstract String serverName();

    @BeforeAll
    void startServer() throws Exception {
        inventoryEndpoint = "tcp://127.0.0.1:" + FreePorts.pick();
        workDir = ItSettings.workDir(serverName());
        server = start(ItSettings.war(),
                Map.of("inventory.bind", inventoryEndpoint, "inventory.connect", inventoryEndpoint), workDir);
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

    private URI api(String path) {
        return server.appUri().resolve("api/" + path);
    }

    private static Path script(String name) throws URISyntaxException {
        return Path.of(DeployedShopIT.class.getResource("/python/" + name).toURI());
    }
}
