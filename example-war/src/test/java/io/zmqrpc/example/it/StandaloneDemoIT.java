package io.zmqrpc.example.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.example.demo.Main;
import io.zmqrpc.example.it.harness.FreePorts;
import io.zmqrpc.example.it.harness.Java;
import io.zmqrpc.example.it.harness.Python;
import io.zmqrpc.example.it.harness.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's standalone run, as the {@code demo} profile launches it: {@link Main} in its own JVM
 * on Weld SE (the test class path, which has Weld SE and the CDI 4.1 API the POM gives failsafe),
 * narrating its calls, then serving until SIGTERM (what Ctrl-C sends the forked JVM is SIGINT; both
 * run the same shutdown hooks). While it serves, the README's Python snippet calls it.
 */
class StandaloneDemoIT {

    private static final Duration BOOT = Duration.ofMinutes(2);
    private static final Duration STOP = Duration.ofSeconds(60);

    @Test
    void demoNarratesItsCallsServesTheReadmeSnippetAndStopsOnSignal() throws Exception {
        String endpoint = "tcp://127.0.0.1:" + FreePorts.pick();
        Path workDir = ItSettings.workDir("weld-se-demo");
        List<String> command = List.of(Java.executable(), "-Dinventory.bind=" + endpoint, "-Dinventory.connect=" + endpoint,
                "-cp", testClassPath(), Main.class.getName());
        try (ServerProcess demo = ServerProcess.start("demo", command, Map.of(), workDir)) {
            demo.log().awaitLine("Serving " + endpoint + " until Ctrl-C", BOOT);

            assertThat(demo.log().lines()).containsSubsequence(
                    "-> inventory.stock()    // what is on the shelves",
                    "<- {apple=10, fig=0, kiwi=6, pear=5, plum=8}",
                    "-> inventory.reserve(\"apple\", 3)    // take 3 apples for an order",
                    "-> inventory.reserve(\"pear\", 99)    // more pears than there are: the server throws",
                    "<- threw OutOfStockException: out of stock: pear requested 99, available 5"
                            + "  (remote type shop.OutOfStock, mapped by ShopErrors)",
                    "-> inventory.restock(\"apple\", 5)    // asynchronous: returns a CompletionStage at once",
                    "<- 12");
            assertThat(demo.log().lines()).anyMatch(line -> line.matches(
                    "<- Reservation\\[id=[0-9a-f-]{36}, sku=apple, quantity=3, remaining=7]"));

            Python.Result snippet = Python.run(ItSettings.python(), script("readme_client.py"),
                    Map.of("INVENTORY", endpoint), workDir);
            assertThat(snippet.exitCode()).as(snippet.stderr()).isZero();
            assertThat(snippet.stdout().strip())
                    .matches("\\{'id': '[0-9a-f-]{36}', 'sku': 'apple', 'quantity': 1, 'remaining': 11}");

            demo.stop(STOP);
            demo.log().awaitLine("Stopped: the container shut down and " + endpoint + " is closed.", Duration.ofSeconds(10));
            assertThat(FreePorts.awaitFree(Duration.ofSeconds(10), List.of(FreePorts.portOf(endpoint))))
                    .as("the demo's ZeroMQ port is free again").isTrue();
        }
    }

    /** Failsafe runs the tests through a manifest-only jar; it names the real class path here. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static Path script(String name) throws Exception {
        return Path.of(StandaloneDemoIT.class.getResource("/python/" + name).toURI());
    }
}
