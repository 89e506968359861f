package io.zmqrpc.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zmqrpc.cli.testing.Cli.Result;
import io.zmqrpc.cli.testing.Cli;
import io.zmqrpc.cli.testing.PythonPeer;
import io.zmqrpc.cli.testing.ServedJava;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code zmqrpc bench}: its summary, its JSON, errors by type, the open loop, against Java and Python. */
class BenchTest {

    @RegisterExtension
    static final ServedJava JAVA = new ServedJava();

    @Test
    void printsAProgressLineThenTheSummary() {
        Result result = Cli.run("bench", JAVA.endpoint(), "add", "1", "2", "--calls", "200", "--concurrency", "4");

        assertThat(result.exit()).isZero();
        assertThat(result.err()).contains("200/200 calls, 0 errors, ");
        assertThat(result.out()).matches(Pattern.compile("Summary \\(closed loop, 4 in flight\\):\n"
                + "  calls:     200 \\(200 ok, 0 errors\\)\n"
                + "  duration:  \\d+\\.\\d{3} s\n"
                + "  rate:      \\d+\\.\\d calls/s\n"
                + "Latency, from the intended send time:\n"
                + "  p50:   +\\d+\\.\\d{3} ms\n  p90:   +\\d+\\.\\d{3} ms\n  p99:   +\\d+\\.\\d{3} ms\n"
                + "  p99\\.9: +\\d+\\.\\d{3} ms\n  max:   +\\d+\\.\\d{3} ms\n"
                + "Errors:\n  none\n"));
    }

    @Test
    void jsonSummaryWithOrderedPercentiles() throws Exception {
        JsonNode summary = json(Cli.run("bench", JAVA.endpoint(), "add", "1", "2", "--calls", "100", "--json"));

        assertThat(summary.get("mode").asText()).isEqualTo("closed loop, 8 in flight");
        assertThat(summary.get("calls").asInt()).isEqualTo(100);
        assertThat(summary.get("ok").asInt()).isEqualTo(100);
        assertThat(summary.get("errors").size()).isZero();
        JsonNode latency = summary.get("latencyMs");
        List<Double> ordered = List.of(latency.get("p50").asDouble(), latency.get("p90").asDouble(),
                latency.get("p99").asDouble(), latency.get("p99.9").asDouble(), latency.get("max").asDouble());
        assertThat(ordered).isSorted().allSatisfy(ms -> assertThat(ms).isPositive());
    }

    @Test
    void countsEachErrorType() throws Exception {
        JsonNode failing = json(Cli.run("bench", JAVA.endpoint(), "fail", "no", "--calls", "20", "--json"));
        assertThat(failing.get("ok").asInt()).isZero();
        assertThat(new ObjectMapper().convertValue(failing.get("errors"), Map.class))
                .isEqualTo(Map.of("java.lang.IllegalArgumentException", 20));

        JsonNode slow = json(Cli.run("bench", JAVA.endpoint(), "slow", "1000", "--calls", "2", "--concurrency", "2",
                "--timeout", "100ms", "--json"));
        assertThat(new ObjectMapper().convertValue(slow.get("errors"), Map.class)).isEqualTo(Map.of("timeout", 2));
    }

    @Test
    void anOpenLoopSendsRateTimesDurationCalls() throws Exception {
        JsonNode summary = json(Cli.run("bench", JAVA.endpoint(), "add", "1", "2", "--rate", "100", "--duration", "1s",
                "--json"));

        assertThat(summary.get("mode").asText()).isEqualTo("open loop, 100 calls/s");
        assertThat(summary.get("calls").asInt()).isEqualTo(100);
        assertThat(summary.get("ok").asInt()).isEqualTo(100);
        assertThat(summary.get("seconds").asDouble()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void againstAPythonServer() throws Exception {
        try (PythonPeer python = PythonPeer.start("python/rpc_server.py")) {
            JsonNode summary = json(Cli.run("bench", python.endpoint(), "add", "1", "2", "--calls", "100", "--json"));
            assertThat(summary.get("ok").asInt()).isEqualTo(100);

            JsonNode failing = json(Cli.run("bench", python.endpoint(), "fail", "x", "--calls", "10", "--json"));
            assertThat(new ObjectMapper().convertValue(failing.get("errors"), Map.class))
                    .isEqualTo(Map.of("builtins.ValueError", 10));
        }
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(Cli.run("bench", JAVA.endpoint(), "add", "--rate", "10")).isEqualTo(new Result(2, "",
                "zmqrpc bench: an open loop needs a positive --rate and a positive --duration\n"));
        assertThat(Cli.run("bench", JAVA.endpoint(), "add", "--rate", "10", "--duration", "1s", "--calls", "5").err())
                .isEqualTo("zmqrpc bench: --rate/--duration (open loop) and --calls/--concurrency (closed loop) "
                        + "do not mix\n");
        assertThat(Cli.run("bench", JAVA.endpoint(), "add", "--calls", "0").exit()).isEqualTo(2);
    }

    private static JsonNode json(Result result) throws Exception {
        assertThat(result.exit()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }
}
