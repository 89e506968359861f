package io.zmqrpc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole benchmark in quick mode and checks the shape of the report: which rows and
 * columns it has, never the figures, which depend on the machine.
 */
class BenchMainSmokeTest {

    private static final BenchConfig QUICK = quickConfig();
    private static List<String> report;

    @BeforeAll
    static void runQuickBenchmark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BenchMain(QUICK, new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run();
        report = out.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    }

    private static BenchConfig quickConfig() {
        Properties props = new Properties();
        props.setProperty("bench.quick", "true");
        props.setProperty("bench.inflight", "1,16");
        return BenchConfig.from(props);
    }

    @Test
    void throughputTableHasAColumnPerSystemAndARowPerScenario() {
        List<List<String>> table = table("## Throughput");
        List<String> expectedHeader = new ArrayList<>(List.of("pattern", "payload", "in flight"));
        List<String> names = BenchMain.contenders().stream().map(Contender::name).toList();
        expectedHeader.addAll(names);
        if (names.contains(BenchMain.SUBJECT)) {
            names.stream().filter(name -> !name.equals(BenchMain.SUBJECT))
                    .forEach(name -> expectedHeader.add(BenchMain.SUBJECT + "/" + name));
        }
        assertThat(table.get(0)).containsExactlyElementsOf(expectedHeader);
        assertThat(table.subList(2, table.size()))
                .extracting(row -> row.subList(0, 3))
                .containsExactly(
                        List.of("sequential", "100 B", "1"),
                        List.of("in-flight", "100 B", "1"),
                        List.of("in-flight", "100 B", "16"));
        assertThat(table.subList(2, table.size())).allSatisfy(row -> assertThat(row).hasSameSizeAs(expectedHeader));
    }

    @Test
    void throughputTableHasZmqrpcAndItsRatios() {
        List<String> header = table("## Throughput").get(0);
        assertThat(header).contains(BenchMain.SUBJECT, "zmqrpc/JeroMQ", "zmqrpc/gRPC", "zmqrpc/CDI-client",
                "zmqrpc/CDI-server", "zmqrpc/zmqrpc-spin");
    }

    @Test
    void latencyTableHasARowPerRateForEachSystem() {
        List<List<String>> table = table("## Latency");
        assertThat(table.get(0)).containsExactly("system", "rate (calls/s)", "calls", "p50", "p99", "p99.9", "max",
                "I/O CPU µs/call");
        assertThat(table.subList(2, table.size()))
                .extracting(row -> row.subList(0, 2))
                .containsExactly(
                        List.of("zmqrpc", "1,000"),
                        List.of("JeroMQ", "1,000"),
                        List.of("gRPC", "1,000"),
                        List.of("CDI-client", "1,000"),
                        List.of("CDI-server", "1,000"),
                        List.of("zmqrpc-spin", "1,000"));
    }

    @Test
    void pipelineTableHasARowPerPayload() {
        List<List<String>> table = table("## Pipeline");
        assertThat(table.get(0)).containsExactly("system", "payload", "messages/s");
        assertThat(table.subList(2, table.size()))
                .extracting(row -> row.subList(0, 2))
                .containsExactly(List.of("zmqrpc", "100 B"));
    }

    @Test
    void theBurstIsAnsweredInFull() {
        List<List<String>> table = table("## Burst");
        assertThat(table.get(0)).containsExactly("system", "calls", "answered", "seconds", "heap after (MiB)");
        List<String> row = table.get(2);
        assertThat(row.subList(0, 3)).containsExactly("zmqrpc", "2,000", "2,000");
        assertThat(Double.parseDouble(row.get(3))).isPositive();
        assertThat(Long.parseLong(row.get(4).replace(",", ""))).isPositive();
    }

    @Test
    void footprintHasALinePerSystem() {
        List<String> lines = section("## Heap");
        for (Contender contender : BenchMain.contenders()) {
            assertThat(lines).filteredOn(line -> line.startsWith("- " + contender.name() + ": heap "))
                    .singleElement()
                    .asString()
                    .contains("MiB before", "after 200 calls", "live threads");
        }
    }

    /** The cells of the Markdown table under {@code heading}, header and rule included. */
    private static List<List<String>> table(String heading) {
        return section(heading).stream()
                .filter(line -> line.startsWith("|"))
                .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                        .map(String::trim)
                        .toList())
                .toList();
    }

    /** The lines from the one starting with {@code heading} up to the next heading. */
    private static List<String> section(String heading) {
        int start = -1;
        for (int i = 0; i < report.size(); i++) {
            if (report.get(i).startsWith(heading)) {
                start = i + 1;
            }
        }
        assertThat(start).as("section %s in%n%s", heading, String.join("\n", report)).isPositive();
        int end = start;
        while (end < report.size() && !report.get(end).startsWith("#")) {
            end++;
        }
        return report.subList(start, end);
    }
}
