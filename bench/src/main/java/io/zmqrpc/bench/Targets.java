package io.zmqrpc.bench;

import static io.zmqrpc.bench.BenchMain.CDI_CLIENT;
import static io.zmqrpc.bench.BenchMain.CDI_SERVER;
import static io.zmqrpc.bench.BenchMain.GRPC;
import static io.zmqrpc.bench.BenchMain.INLINE;
import static io.zmqrpc.bench.BenchMain.SUBJECT;
import static io.zmqrpc.bench.JeroMqEcho.NAME;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The targets of issue 14 ("fewer thread hand-offs per call") as data: each names the figure of
 * the run it judges, the bound and the threshold. A figure whose systems or cells did not run is
 * "not measured". Ratios are of the same run, so that the machine's load falls on both sides. The
 * zmqrpc systems whose heap growth is bounded are zmqrpc, zmqrpc-inline, CDI-client and CDI-server.
 */
final class Targets {

    private static final Scenario SEQUENTIAL = Scenario.sequential(100);
    private static final Scenario IN_FLIGHT_64 = Scenario.inFlight(100, 64);
    private static final List<String> ZMQRPC_SYSTEMS = List.of(SUBJECT, INLINE, CDI_CLIENT, CDI_SERVER);

    /** Every target, in the order the report lists them. */
    static final List<Target> ALL = all();

    private Targets() {
    }

    /** Which side of the threshold a figure must be on. */
    enum Bound {
        AT_LEAST("≥"), AT_MOST("≤");

        private final String symbol;

        Bound(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(double value, double threshold) {
            return this == AT_LEAST ? value >= threshold : value <= threshold;
        }
    }

    /**
     * A figure of the run.
     *
     * @param value the figure judged
     * @param from  what it was computed from, for the reader
     */
    record Figure(double value, String from) {
    }

    /**
     * One target.
     *
     * @param name      what is judged
     * @param bound     which side of the threshold is met
     * @param threshold the threshold
     * @param measure   the figure of a run, empty when what it needs did not run
     */
    record Target(String name, Bound bound, double threshold, Function<Run, Optional<Figure>> measure) {

        String thresholdLabel() {
            return bound.symbol + " " + format("%.2f", threshold);
        }
    }

    /**
     * What the targets are judged on.
     *
     * @param systems the measurements by system name
     * @param burst   the burst run, or null when not measured
     */
    record Run(Map<String, Measurements> systems, Burst burst) {

        Optional<Cell> cell(String system, Scenario scenario) {
            return Optional.ofNullable(systems.get(system)).map(m -> m.throughput().get(scenario));
        }

        Optional<LatencyResult> latency(String system, int rate) {
            return Optional.ofNullable(systems.get(system))
                    .flatMap(m -> m.latency().stream().filter(l -> l.ratePerSecond() == rate).findFirst());
        }
    }

    /**
     * A target and the figure the run gave it.
     *
     * @param target the target
     * @param figure the figure, empty when not measured
     */
    record Verdict(Target target, Optional<Figure> figure) {

        String outcome() {
            return figure.map(f -> target.bound().holds(f.value(), target.threshold()) ? "met" : "NOT met")
                    .orElse("not measured");
        }
    }

    /** Judges every target on {@code run}. */
    static List<Verdict> judge(Run run) {
        return ALL.stream().map(t -> new Verdict(t, t.measure().apply(run))).toList();
    }

    private static List<Target> all() {
        List<Target> all = new ArrayList<>(List.of(
                throughput(SEQUENTIAL, SUBJECT, GRPC, Bound.AT_LEAST, 1.1),
                throughput(SEQUENTIAL, SUBJECT, NAME, Bound.AT_LEAST, 0.8),
                throughput(SEQUENTIAL, INLINE, NAME, Bound.AT_LEAST, 0.95),
                throughput(IN_FLIGHT_64, SUBJECT, NAME, Bound.AT_LEAST, 0.5),
                throughput(IN_FLIGHT_64, SUBJECT, GRPC, Bound.AT_LEAST, 4)));
        for (int rate : List.of(1000, 10000)) {
            all.add(latency(rate, Percentile.P50, Bound.AT_MOST, 1));
            all.add(latency(rate, Percentile.P99, Bound.AT_MOST, 1));
            all.add(latency(rate, Percentile.P999, Bound.AT_MOST, 2));
        }
        all.add(new Target("open loop 1,000 calls/s: I/O threads' CPU per call, zmqrpc / JeroMQ", Bound.AT_MOST, 1.5,
                run -> ratio(run.latency(SUBJECT, 1000), run.latency(NAME, 1000),
                        LatencyResult::ioCpuMicrosPerCall, "%.1f / %.1f µs")));
        for (String cdi : List.of(CDI_CLIENT, CDI_SERVER)) {
            all.add(new Target(cdi + " / zmqrpc throughput, worst cell", Bound.AT_LEAST, 0.9,
                    run -> worstThroughput(run, cdi)));
            all.add(new Target(cdi + " / zmqrpc open-loop latency, worst of p50, p99, p99.9 at each rate",
                    Bound.AT_MOST, 1.1, run -> worstLatency(run, cdi)));
        }
        all.add(new Target("no lost reply: burst calls answered / submitted", Bound.AT_LEAST, 1,
                run -> Optional.ofNullable(run.burst()).map(b -> new Figure((double) b.answered() / b.calls(),
                        format("%,d of %,d", b.answered(), b.calls())))));
        all.add(new Target("bounded memory: heap growth over the footprint run, MiB, worst zmqrpc system",
                Bound.AT_MOST, 16, Targets::worstHeapGrowth));
        return List.copyOf(all);
    }

    private static Target throughput(Scenario scenario, String system, String baseline, Bound bound, double threshold) {
        String cell = scenario.pattern() == Scenario.Pattern.SEQUENTIAL ? "sequential" : scenario.inFlight() + " in flight";
        return new Target(format("%s %s calls/s: %s / %s", cell, Scenario.sizeLabel(scenario.payloadSize()), system,
                baseline), bound, threshold,
                run -> ratio(run.cell(system, scenario), run.cell(baseline, scenario), Cell::callsPerSecond,
                        "%,.0f / %,.0f calls/s"));
    }

    /** The latency percentiles the targets judge. */
    private enum Percentile {
        P50("p50", LatencyResult::p50), P99("p99", LatencyResult::p99), P999("p99.9", LatencyResult::p999);

        private final String label;
        private final ToDoubleFunction<LatencyResult> of;

        Percentile(String label, ToDoubleFunction<LatencyResult> of) {
            this.label = label;
            this.of = of;
        }
    }

    private static Target latency(int rate, Percentile percentile, Bound bound, double threshold) {
        return new Target(format("open loop %,d calls/s: %s, zmqrpc / gRPC", rate, percentile.label), bound, threshold,
                run -> ratio(run.latency(SUBJECT, rate), run.latency(GRPC, rate), percentile.of, "%,.0f / %,.0f µs"));
    }

    private static <T> Optional<Figure> ratio(Optional<T> figure, Optional<T> baseline, ToDoubleFunction<T> of,
            String from) {
        if (figure.isEmpty() || baseline.isEmpty()) {
            return Optional.empty();
        }
        double a = of.applyAsDouble(figure.get());
        double b = of.applyAsDouble(baseline.get());
        return Optional.of(new Figure(a / b, format(from, a, b)));
    }

    /** The lowest ratio of {@code cdi}'s rate to zmqrpc's over the cells both ran. */
    private static Optional<Figure> worstThroughput(Run run, String cdi) {
        Optional<Figure> worst = Optional.empty();
        Measurements system = run.systems().get(cdi);
        if (system == null || !run.systems().containsKey(SUBJECT)) {
            return worst;
        }
        for (Scenario scenario : system.throughput().keySet()) {
            Optional<Figure> figure = ratio(run.cell(cdi, scenario), run.cell(SUBJECT, scenario), Cell::callsPerSecond,
                    scenario.pattern().label() + " " + Scenario.sizeLabel(scenario.payloadSize()) + " "
                            + scenario.inFlight() + " in flight: %,.0f / %,.0f calls/s");
            worst = worse(worst, figure, Bound.AT_LEAST);
        }
        return worst;
    }

    /** The highest ratio of {@code cdi}'s latency to zmqrpc's over the rates and percentiles. */
    private static Optional<Figure> worstLatency(Run run, String cdi) {
        Optional<Figure> worst = Optional.empty();
        Measurements system = run.systems().get(cdi);
        if (system == null) {
            return worst;
        }
        for (LatencyResult own : system.latency()) {
            for (Percentile percentile : Percentile.values()) {
                Optional<Figure> figure = ratio(Optional.of(own), run.latency(SUBJECT, own.ratePerSecond()),
                        percentile.of, format("%,d calls/s %s: ", own.ratePerSecond(), percentile.label)
                                + "%,.0f / %,.0f µs");
                worst = worse(worst, figure, Bound.AT_MOST);
            }
        }
        return worst;
    }

    private static Optional<Figure> worstHeapGrowth(Run run) {
        Optional<Figure> worst = Optional.empty();
        for (String name : ZMQRPC_SYSTEMS) {
            Optional<Figure> figure = Optional.ofNullable(run.systems().get(name)).map(Measurements::footprint)
                    .map(f -> new Figure((f.heapAfter() - f.heapBefore()) / (1024.0 * 1024.0), name));
            worst = worse(worst, figure, Bound.AT_MOST);
        }
        return worst;
    }

    /** Of two figures, the one further from meeting a target of {@code bound}. */
    private static Optional<Figure> worse(Optional<Figure> a, Optional<Figure> b, Bound bound) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        boolean bIsWorse = bound == Bound.AT_LEAST ? b.get().value() < a.get().value() : b.get().value() > a.get().value();
        return bIsWorse ? b : a;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
