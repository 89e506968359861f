package io.zmqrpc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs the whole benchmark in quick mode and checks the report: which rows and columns it has,
 * that every figure is a positive number (never its value, which depends on the machine), the plot
 * and the targets block.
 */
class BenchMainSmokeTest {

    private static final List<String> NAMES = BenchMain.contenders().stream().map(Contender::name).toList();
    private static final List<String> RATES = List.of("1,000", "10,000");

    @TempDir
    static Path plotDirectory;
    private static Path plot;
    private static List<String> report;

    @BeforeAll
    static void runQuickBenchmark() throws Exception {
        plot = plotDirectory.resolve("plots").resolve("latency.svg");
        Properties props = new Properties();
        props.setProperty("bench.quick", "true");
        props.setProperty("bench.inflight", "1,64");
        props.setProperty("bench.plot", plot.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BenchMain(BenchConfig.from(props), new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run();
        report = out.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    }

    @Test
    void throughputTableHasAColumnPerSystemAndARowPerScenario() {
        List<List<String>> table = table("## Throughput");
        List<String> expectedHeader = new ArrayList<>(List.of("pattern", "payload", "in flight"));
        expectedHeader.addAll(NAMES);
        BenchMain.ratioColumns(BenchMain.contenders()).forEach(ratio -> expectedHeader.add(ratio.label()));
        assertThat(table.get(0)).containsExactlyElementsOf(expectedHeader);
        assertThat(table.get(0)).contains("zmqrpc/JeroMQ", "zmqrpc/gRPC", "zmqrpc/zmqrpc-inline", "zmqrpc/CDI-client",
                "zmqrpc/CDI-server", "zmqrpc/zmqrpc-spin", "zmqrpc-inline/JeroMQ");
        assertThat(scenarioColumns(table)).containsExactly(
                List.of("sequential", "100 B", "1"),
                List.of("in-flight", "100 B", "1"),
                List.of("in-flight", "100 B", "64"));
    }

    @Test
    void handOffTableHasAColumnPerSystemAndARowPerScenario() {
        List<List<String>> table = table("## Hand-offs");
        List<String> expectedHeader = new ArrayList<>(List.of("pattern", "payload", "in flight"));
        expectedHeader.addAll(NAMES);
        assertThat(table.get(0)).containsExactlyElementsOf(expectedHeader);
        assertThat(scenarioColumns(table)).containsExactlyElementsOf(scenarioColumns(table("## Throughput")));
    }

    @Test
    void latencyTableHasARowPerRateForEverySystem() {
        List<List<String>> table = table("## Latency");
        assertThat(table.get(0)).containsExactly("system", "rate (calls/s)", "calls", "p50", "p99", "p99.9", "max",
                "I/O CPU µs/call");
        List<List<String>> expected = NAMES.stream().flatMap(name -> RATES.stream().map(rate -> List.of(name, rate)))
                .toList();
        assertThat(table.subList(2, table.size())).extracting(row -> row.subList(0, 2))
                .containsExactlyElementsOf(expected);
        assertThat(table.subList(2, table.size())).extracting(row -> row.get(2))
                .containsOnly("200", "2,000");
    }

    @Test
    void everyFigureOfEveryTableIsAPositiveNumber() {
        List<String> headings = report.stream().filter(line -> line.startsWith("## ")).toList();
        assertThat(headings).hasSize(7);
        for (String heading : headings) {
            List<List<String>> table = table(heading);
            if (table.isEmpty()) {
                continue;
            }
            // The rule row tells the figure columns: they are right-aligned ("---:").
            List<Integer> figures = IntStream.range(0, table.get(1).size())
                    .filter(i -> table.get(1).get(i).endsWith(":")).boxed().toList();
            for (List<String> row : table.subList(2, table.size())) {
                for (int column : figures) {
                    String cell = row.get(column);
                    assertThat(cell).as("%s, %s: %s", heading, row.get(0), table.get(0).get(column))
                            .matches("[0-9][0-9,]*(\\.[0-9]+)?");
                    assertThat(Double.parseDouble(cell.replace(",", "")))
                            .as("%s, %s: %s", heading, row.get(0), table.get(0).get(column)).isPositive();
                }
            }
        }
    }

    @Test
    void thePlotIsWrittenWithAPolylinePerSystemAndRate() throws Exception {
        assertThat(section("## Latency")).contains("Percentile plot: " + plot.toAbsolutePath());
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(plot.toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        NodeList polylines = svg.getElementsByTagName("polyline");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < polylines.getLength(); i++) {
            Element polyline = (Element) polylines.item(i);
            titles.add(polyline.getElementsByTagName("title").item(0).getTextContent());
            assertThat(polyline.getAttribute("points").split(" ")).hasSizeGreaterThan(20);
        }
        assertThat(titles).containsExactlyElementsOf(NAMES.stream()
                .flatMap(name -> RATES.stream().map(rate -> name + ", " + rate + " calls/s")).toList());
        assertThat(Files.readString(plot)).contains(">p50<", ">p99.99<", "latency (µs, log scale)");
    }

    @Test
    void theTargetsBlockJudgesEveryTarget() {
        List<List<String>> table = table("## Targets");
        assertThat(table.get(0)).containsExactly("target", "measured", "threshold", "verdict", "from");
        List<List<String>> rows = table.subList(2, table.size());
        assertThat(rows).extracting(row -> row.get(0))
                .containsExactlyElementsOf(Targets.ALL.stream().map(Targets.Target::name).toList());
        assertThat(rows).extracting(row -> row.get(2))
                .containsExactlyElementsOf(Targets.ALL.stream().map(Targets.Target::thresholdLabel).toList());
        // Every system and cell a target needs ran: each is measured and judged.
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get(1)).as(row.get(0)).matches("-?[0-9]+\\.[0-9]{2}");
            assertThat(row.get(3)).as(row.get(0)).isIn("met", "NOT met");
            assertThat(row.get(4)).as(row.get(0)).isNotEmpty();
        });
        List<String> burst = table("## Burst").get(2);
        assertThat(rows).filteredOn(row -> row.get(0).startsWith("no lost reply")).singleElement()
                .satisfies(row -> assertThat(row.get(4)).isEqualTo(burst.get(2) + " of " + burst.get(1)));
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
        assertThat(table.get(2).subList(0, 3)).containsExactly("zmqrpc", "2,000", "2,000");
    }

    @Test
    void footprintHasALinePerSystem() {
        List<String> lines = section("## Heap");
        for (String name : NAMES) {
            assertThat(lines).filteredOn(line -> line.startsWith("- " + name + ": heap "))
                    .singleElement()
                    .asString()
                    .contains("MiB before", "after 200 calls", "live threads");
        }
    }

    private static List<List<String>> scenarioColumns(List<List<String>> table) {
        return table.subList(2, table.size()).stream().map(row -> row.subList(0, 3)).toList();
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
