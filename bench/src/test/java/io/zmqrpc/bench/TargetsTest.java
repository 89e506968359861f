package io.zmqrpc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The targets judge the figures they name, pick the worst cell, and say when a figure is missing. */
class TargetsTest {

    private static final Scenario SEQUENTIAL = Scenario.sequential(100);
    private static final Scenario IN_FLIGHT = Scenario.inFlight(100, 64);

    /** A system with the given rates for the two cells and one latency run at 1,000 calls/s. */
    private static Measurements system(String name, double sequential, double inFlight, long latencyMicros,
            double ioCpu, long heapGrowth) {
        Map<Scenario, Cell> cells = new LinkedHashMap<>();
        cells.put(SEQUENTIAL, new Cell(sequential, 4));
        cells.put(IN_FLIGHT, new Cell(inFlight, 1));
        Histogram latencies = new Histogram(3);
        latencies.recordValue(latencyMicros * 1000);
        return new Measurements(name, cells, List.of(new LatencyResult(1000, latencies, ioCpu)),
                new Footprint(IN_FLIGHT, 200, 10 << 20, (10 << 20) + heapGrowth, 30, 30));
    }

    private static Map<String, Targets.Verdict> judge(Burst burst, Measurements... systems) {
        Map<String, Measurements> byName = new LinkedHashMap<>();
        for (Measurements system : systems) {
            byName.put(system.name(), system);
        }
        Map<String, Targets.Verdict> verdicts = new LinkedHashMap<>();
        Targets.judge(new Targets.Run(byName, burst)).forEach(v -> verdicts.put(v.target().name(), v));
        return verdicts;
    }

    @Test
    void everyTargetOfTheIssueIsListed() {
        assertThat(Targets.ALL).extracting(Targets.Target::name, Targets.Target::thresholdLabel).containsExactly(
                tuple("sequential 100 B calls/s: zmqrpc / gRPC", "≥ 1.10"),
                tuple("sequential 100 B calls/s: zmqrpc / JeroMQ", "≥ 0.80"),
                tuple("sequential 100 B calls/s: zmqrpc-inline / JeroMQ", "≥ 0.95"),
                tuple("64 in flight 100 B calls/s: zmqrpc / JeroMQ", "≥ 0.50"),
                tuple("64 in flight 100 B calls/s: zmqrpc / gRPC", "≥ 4.00"),
                tuple("open loop 1,000 calls/s: p50, zmqrpc / gRPC", "≤ 1.00"),
                tuple("open loop 1,000 calls/s: p99, zmqrpc / gRPC", "≤ 1.00"),
                tuple("open loop 1,000 calls/s: p99.9, zmqrpc / gRPC", "≤ 2.00"),
                tuple("open loop 10,000 calls/s: p50, zmqrpc / gRPC", "≤ 1.00"),
                tuple("open loop 10,000 calls/s: p99, zmqrpc / gRPC", "≤ 1.00"),
                tuple("open loop 10,000 calls/s: p99.9, zmqrpc / gRPC", "≤ 2.00"),
                tuple(
                        "open loop 1,000 calls/s: I/O threads' CPU per call, zmqrpc / JeroMQ", "≤ 1.50"),
                tuple("CDI-client / zmqrpc throughput, worst cell", "≥ 0.90"),
                tuple(
                        "CDI-client / zmqrpc open-loop latency, worst of p50, p99, p99.9 at each rate", "≤ 1.10"),
                tuple("CDI-server / zmqrpc throughput, worst cell", "≥ 0.90"),
                tuple(
                        "CDI-server / zmqrpc open-loop latency, worst of p50, p99, p99.9 at each rate", "≤ 1.10"),
                tuple("no lost reply: burst calls answered / submitted", "≥ 1.00"),
                tuple(
                        "bounded memory: heap growth over the footprint run, MiB, worst zmqrpc system", "≤ 16.00"));
    }

    @Test
    void ratiosOfTheRunAreJudged() {
        Map<String, Targets.Verdict> verdicts = judge(new Burst(100, 99, 1, 0),
                system("zmqrpc", 6000, 150_000, 200, 30, 0),
                system("JeroMQ", 7000, 250_000, 150, 25, 0),
                system("gRPC", 5000, 40_000, 250, 90, 0),
                system("CDI-client", 5700, 120_000, 210, 30, 17L << 20));
        assertThat(figure(verdicts, "sequential 100 B calls/s: zmqrpc / gRPC")).isEqualTo(1.2);
        assertThat(verdicts.get("sequential 100 B calls/s: zmqrpc / gRPC").outcome()).isEqualTo("met");
        assertThat(verdicts.get("sequential 100 B calls/s: zmqrpc / gRPC").figure().get().from())
                .isEqualTo("6,000 / 5,000 calls/s");
        assertThat(figure(verdicts, "sequential 100 B calls/s: zmqrpc / JeroMQ")).isEqualTo(6000.0 / 7000);
        assertThat(verdicts.get("64 in flight 100 B calls/s: zmqrpc / JeroMQ").outcome()).isEqualTo("met");
        assertThat(verdicts.get("64 in flight 100 B calls/s: zmqrpc / gRPC").outcome()).isEqualTo("NOT met");
        assertThat(figure(verdicts, "open loop 1,000 calls/s: p50, zmqrpc / gRPC")).isEqualTo(0.8, within());
        assertThat(figure(verdicts, "open loop 1,000 calls/s: I/O threads' CPU per call, zmqrpc / JeroMQ"))
                .isEqualTo(1.2);
        // The worst of the two cells: 120,000 / 150,000 below 5,700 / 6,000.
        Targets.Verdict cdi = verdicts.get("CDI-client / zmqrpc throughput, worst cell");
        assertThat(cdi.figure().get().value()).isEqualTo(0.8);
        assertThat(cdi.figure().get().from()).isEqualTo("in-flight 100 B 64 in flight: 120,000 / 150,000 calls/s");
        assertThat(cdi.outcome()).isEqualTo("NOT met");
        assertThat(verdicts.get("CDI-client / zmqrpc open-loop latency, worst of p50, p99, p99.9 at each rate")
                .outcome()).isEqualTo("met");
        assertThat(verdicts.get("no lost reply: burst calls answered / submitted").outcome()).isEqualTo("NOT met");
        Targets.Verdict heap = verdicts.get("bounded memory: heap growth over the footprint run, MiB, worst zmqrpc system");
        assertThat(heap.figure().get()).isEqualTo(new Targets.Figure(17, "CDI-client"));
        assertThat(heap.outcome()).isEqualTo("NOT met");
    }

    @Test
    void aTargetWhoseSystemDidNotRunIsNotMeasured() {
        Map<String, Targets.Verdict> verdicts = judge(null, system("zmqrpc", 6000, 150_000, 200, 30, 0));
        assertThat(verdicts.values()).filteredOn(v -> !v.target().name().startsWith("bounded memory"))
                .allSatisfy(v -> {
                    assertThat(v.figure()).as(v.target().name()).isEmpty();
                    assertThat(v.outcome()).isEqualTo("not measured");
                });
        assertThat(verdicts.get("bounded memory: heap growth over the footprint run, MiB, worst zmqrpc system")
                .outcome()).isEqualTo("met");
    }

    private static double figure(Map<String, Targets.Verdict> verdicts, String name) {
        return verdicts.get(name).figure().orElseThrow().value();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }
}
