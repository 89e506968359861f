package io.zmqrpc.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the run's results: one throughput table with a column per system and the ratio columns,
 * the hand-offs per call of the same cells, one latency table, and the heap and thread lines.
 */
final class Report {

    private final List<Measurements> results;
    private final List<BenchMain.Ratio> ratios;
    private final String subject;
    private final Map<Integer, Double> pipeline;
    private final Burst burst;
    private final Optional<Path> plot;

    /**
     * {@code ratios} are the throughput table's ratio columns, of which those whose systems both
     * ran are printed; {@code subject} is the system the pipeline and burst rows are about;
     * {@code pipeline} its pipeline rate by payload size (empty when not measured), {@code burst}
     * its burst run (null when not measured); {@code plot} the file the latency plot was
     * written to, if any.
     */
    Report(List<Measurements> results, List<BenchMain.Ratio> ratios, String subject, Map<Integer, Double> pipeline,
            Burst burst, Optional<Path> plot) {
        this.plot = plot;
        this.results = List.copyOf(results);
        this.ratios = ratios.stream()
                .filter(r -> find(r.numerator()).isPresent() && find(r.denominator()).isPresent())
                .toList();
        this.subject = subject;
        this.pipeline = new LinkedHashMap<>(pipeline);
        this.burst = burst;
    }

    void print(List<Scenario> scenarios, PrintStream out) {
        out.println("## Throughput (calls/s)");
        out.println();
        throughputTable(scenarios).print(out);
        out.println();
        out.println("## Hand-offs (context switches per call, the JVM's threads but the JIT compilers)");
        out.println();
        handOffTable(scenarios).print(out);
        out.println();
        if (!pipeline.isEmpty()) {
            out.println("## Pipeline (PUSH/PULL notifications/s, counted at the server)");
            out.println();
            Table table = new Table(List.of("system", "payload", "messages/s"), 2);
            pipeline.forEach((size, rate) -> table.row(List.of(subject, Scenario.sizeLabel(size),
                    format("%,.0f", rate))));
            table.print(out);
            out.println();
        }
        if (burst != null) {
            out.println("## Burst (one client submits every call at once, default options)");
            out.println();
            Table table = new Table(List.of("system", "calls", "answered", "seconds", "heap after (MiB)"), 2);
            table.row(List.of(subject, format("%,d", burst.calls()), format("%,d", burst.answered()),
                    format("%.2f", burst.seconds()), format("%,d", burst.heapAfter() >> 20)));
            table.print(out);
            out.println();
        }
        out.println("## Latency under open-loop load (µs, from the intended send time)");
        out.println();
        latencyTable().print(out);
        out.println();
        plot.ifPresent(file -> {
            out.println("Percentile plot: " + shown(file));
            out.println();
        });
        out.println("## Heap after full GC and live threads, before and after a long run");
        out.println();
        results.forEach(result -> out.println(footprintLine(result)));
        out.println();
        out.println("## Targets (issue 14, ratios of this run)");
        out.println();
        targetTable().print(out);
    }

    /** Every target with its figure; text columns all, since a figure may be "not measured". */
    private Table targetTable() {
        Map<String, Measurements> byName = new LinkedHashMap<>();
        results.forEach(r -> byName.put(r.name(), r));
        Table table = new Table(List.of("target", "measured", "threshold", "verdict", "from"), 5);
        for (Targets.Verdict verdict : Targets.judge(new Targets.Run(byName, burst))) {
            table.row(List.of(verdict.target().name(),
                    verdict.figure().map(f -> format("%.2f", f.value())).orElse("not measured"),
                    verdict.target().thresholdLabel(), verdict.outcome(),
                    verdict.figure().map(Targets.Figure::from).orElse("")));
        }
        return table;
    }

    private Table throughputTable(List<Scenario> scenarios) {
        List<String> headers = new ArrayList<>(List.of("pattern", "payload", "in flight"));
        results.forEach(r -> headers.add(r.name()));
        ratios.forEach(r -> headers.add(r.label()));
        Table table = new Table(headers, 3);
        for (Scenario scenario : scenarios) {
            List<String> row = scenarioCells(scenario);
            results.forEach(r -> row.add(format("%,.0f", r.throughput().get(scenario).callsPerSecond())));
            ratios.forEach(r -> row.add(format("%.2f", rate(r.numerator(), scenario) / rate(r.denominator(), scenario))));
            table.row(row);
        }
        return table;
    }

    private Table handOffTable(List<Scenario> scenarios) {
        List<String> headers = new ArrayList<>(List.of("pattern", "payload", "in flight"));
        results.forEach(r -> headers.add(r.name()));
        Table table = new Table(headers, 3);
        for (Scenario scenario : scenarios) {
            List<String> row = scenarioCells(scenario);
            results.forEach(r -> row.add(format("%.3f", r.throughput().get(scenario).switchesPerCall())));
            table.row(row);
        }
        return table;
    }

    private static List<String> scenarioCells(Scenario scenario) {
        return new ArrayList<>(List.of(scenario.pattern().label(), Scenario.sizeLabel(scenario.payloadSize()),
                String.valueOf(scenario.inFlight())));
    }

    private double rate(String system, Scenario scenario) {
        return find(system).orElseThrow().throughput().get(scenario).callsPerSecond();
    }

    private Table latencyTable() {
        Table table = new Table(List.of("system", "rate (calls/s)", "calls", "p50", "p99", "p99.9", "max",
                "I/O CPU µs/call"), 1);
        for (Measurements result : results) {
            for (LatencyResult l : result.latency()) {
                table.row(List.of(result.name(), format("%,d", l.ratePerSecond()), format("%,d", l.calls()),
                        format("%.0f", l.p50()), format("%.0f", l.p99()), format("%.0f", l.p999()),
                        format("%.0f", l.max()), format("%.1f", l.ioCpuMicrosPerCall())));
            }
        }
        return table;
    }

    private static String footprintLine(Measurements result) {
        Footprint f = result.footprint();
        return format("- %s: heap %.1f MiB before, %.1f MiB after %,d calls of %s with %d in flight "
                + "(%+.1f MiB); live threads %d before, %d after",
                result.name(), mib(f.heapBefore()), mib(f.heapAfter()), f.calls(),
                Scenario.sizeLabel(f.scenario().payloadSize()), f.scenario().inFlight(),
                mib(f.heapAfter() - f.heapBefore()), f.threadsBefore(), f.threadsAfter());
    }

    /** {@code file} relative to the working directory when it lies under it, absolute otherwise. */
    private static Path shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    private Optional<Measurements> find(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** Figures in one locale, so that the report reads the same on every machine. */
    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
