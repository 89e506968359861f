package io.zmqrpc.bench;

import io.zmqrpc.bench.cdi.CdiEcho;
import java.io.PrintStream;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the whole comparison and prints one report to standard output (progress goes to standard
 * error). All systems are started first (an idle one costs nothing measurable), take turns on each
 * throughput cell, then have their open-loop latency and footprint measured one after the other.
 */
public final class BenchMain {

    /** The system the ratio columns are about. */
    static final String SUBJECT = "zmqrpc";

    private final BenchConfig config;
    private final List<Contender> contenders;
    private final PrintStream out;
    private final PrintStream progress;

    BenchMain(BenchConfig config, PrintStream out, PrintStream progress) {
        this(config, contenders(), out, progress);
    }

    /** Runs {@code contenders} (those {@code config} includes) instead of {@link #contenders()}. */
    BenchMain(BenchConfig config, List<Contender> contenders, PrintStream out, PrintStream progress) {
        this.config = config;
        this.contenders = List.copyOf(contenders);
        this.out = out;
        this.progress = progress;
    }

    /** zmqrpc with {@code spin(100 µs)} on both sides: the opt-in latency setting. */
    static final String SPINNING = "zmqrpc-spin";
    private static final Duration SPIN = Duration.ofNanos(100_000);

    /** zmqrpc with the server's handlers inline: the opt-in that saves a hand-off per call. */
    static final String INLINE = "zmqrpc-inline";

    /**
     * zmqrpc with both opt-ins: the server's handlers inline, and a client whose callers are
     * never interrupted, so they send and read themselves (two hand-offs less per blocking call).
     */
    static final String DIRECT = "zmqrpc-direct";

    /**
     * zmqrpc without the call-context frame ({@code ClientOptions.Builder.callContext(false)}):
     * aiozmq's four request frames only, what every call sent before deadlines and trace
     * context travelled. Its ratio column is what the frame costs.
     */
    static final String FOUR_FRAMES = "zmqrpc-4frames";

    /**
     * zmqrpc with a call listener on both sides whose observer does nothing: what observation
     * costs once something listens (building each call's info and end). The subject itself runs
     * with none: its figures against the last build's are what the hooks cost when nothing
     * listens.
     */
    static final String OBSERVED = "zmqrpc-observed";

    /**
     * The systems compared, in column order. Adding one is one line here. Besides the two
     * baselines, zmqrpc runs with its handler inline, and with one side in a CDI container (an
     * injected client calling a plain server, a plain client calling a {@code @RemoteEndpoint}
     * bean): their ratio columns show what the option saves and what the extension costs per call
     * over the plain-Java runtime.
     */
    static List<Contender> contenders() {
        return List.of(
                Contender.ofTarget(SUBJECT, ZmqRpcEcho::new),
                Contender.ofTarget(INLINE, () -> new ZmqRpcEcho(Duration.ZERO, true, false)),
                Contender.ofTarget(DIRECT, () -> new ZmqRpcEcho(Duration.ZERO, true, true)),
                new Contender(JeroMqEcho.NAME, JeroMqEcho::new),
                Contender.ofTarget(GRPC, GrpcEcho::new),
                Contender.ofTarget(CDI_CLIENT, CdiEcho::injectedClient),
                Contender.ofTarget(CDI_SERVER, CdiEcho::beanServer),
                Contender.ofTarget(SPINNING, () -> new ZmqRpcEcho(SPIN, false, false)),
                Contender.ofTarget(FOUR_FRAMES, () -> new ZmqRpcEcho(s -> s, c -> c.callContext(false))),
                Contender.ofTarget(OBSERVED, () -> new ZmqRpcEcho(s -> s.listener(NoOpListener.INSTANCE),
                        c -> c.listener(NoOpListener.INSTANCE))));
    }

    /** The name of the gRPC contender. */
    static final String GRPC = "gRPC";
    /** An injected client calling a plain server. */
    static final String CDI_CLIENT = "CDI-client";
    /** A plain client calling a {@code @RemoteEndpoint} bean. */
    static final String CDI_SERVER = "CDI-server";

    /**
     * The throughput table's ratio columns: the subject against every other system, and the
     * inline server against bare JeroMQ (the target it has of its own). A column whose systems
     * did not both run is left out.
     */
    static List<Ratio> ratioColumns(List<Contender> contenders) {
        List<Ratio> ratios = new ArrayList<>();
        contenders.stream().map(Contender::name).filter(name -> !name.equals(SUBJECT))
                .forEach(name -> ratios.add(new Ratio(SUBJECT, name)));
        ratios.add(new Ratio(INLINE, JeroMqEcho.NAME));
        ratios.add(new Ratio(DIRECT, JeroMqEcho.NAME));
        return ratios;
    }

    /**
     * A ratio column of the throughput table.
     *
     * @param numerator   the system whose rate is divided
     * @param denominator the system it is divided by
     */
    record Ratio(String numerator, String denominator) {

        String label() {
            return numerator + "/" + denominator;
        }
    }

    /** Runs with the configuration the system properties give; see {@link BenchConfig}. */
    public static void main(String[] args) throws Exception {
        new BenchMain(BenchConfig.fromSystemProperties(), System.out, System.err).run();
    }

    void run() throws Exception {
        double loadBefore = loadAverage();
        Map<String, EchoSystem> systems = new LinkedHashMap<>();
        try {
            for (Contender contender : contenders) {
                if (config.includes(contender.name())) {
                    systems.put(contender.name(), contender.start());
                }
            }
            List<Measurements> results = measure(systems);
            Optional<Path> plot = Optional.empty();
            if (LatencyPlot.hasData(results)) {
                LatencyPlot.write(config.plot(), results);
                plot = Optional.of(config.plot());
            }
            Map<Integer, Double> pipeline = config.includes(SUBJECT) ? pipeline() : Map.of();
            Burst burst = config.includes(SUBJECT) ? burst() : null;
            printHeader(loadBefore);
            new Report(results, ratioColumns(contenders), SUBJECT, pipeline, burst, plot).print(config.scenarios(), out);
        } finally {
            systems.values().forEach(EchoSystem::close);
        }
    }

    /**
     * Open-loop rounds per rate: each system's latency is measured in this many equal rounds, the
     * systems taking turns round by round, and the rounds are merged. One system's whole run after
     * another's let the machine's drift decide the ratios: the same build's CDI client came out at
     * 1.64 and at 1.44 of the plain client's latency in two runs.
     */
    static final int LATENCY_ROUNDS = 5;

    /** Throughput and latency with the systems taking turns; then footprint, one system at a time. */
    private List<Measurements> measure(Map<String, EchoSystem> systems) throws Exception {
        var throughput = new Runner(config.warmup(), config.measure())
                .throughput(systems, config.scenarios(), progress);
        Map<String, List<LatencyResult>> latency = latency(systems);
        List<Measurements> results = new ArrayList<>();
        for (Map.Entry<String, EchoSystem> entry : systems.entrySet()) {
            progress.println("bench: footprint of " + entry.getKey());
            Footprint footprint = Footprint.measure(entry.getValue(), BenchConfig.FOOTPRINT_SCENARIO, config.footprintCalls());
            results.add(new Measurements(entry.getKey(), throughput.get(entry.getKey()), latency.get(entry.getKey()),
                    footprint));
        }
        return results;
    }

    /**
     * Each system's open-loop latency at each rate, in {@link #LATENCY_ROUNDS} rounds taken in
     * turns: the first round of a rate warms each system up for the whole warm-up time, later ones
     * for a round's share of it (the system sat idle while the others ran).
     */
    private Map<String, List<LatencyResult>> latency(Map<String, EchoSystem> systems) throws Exception {
        Map<String, List<LatencyResult>> latency = new LinkedHashMap<>();
        systems.keySet().forEach(name -> latency.put(name, new ArrayList<>()));
        Duration round = config.latencyMeasure().dividedBy(LATENCY_ROUNDS);
        for (int rate : config.latencyRates()) {
            Map<String, LatencyResult> merged = new LinkedHashMap<>();
            for (int i = 0; i < LATENCY_ROUNDS; i++) {
                progress.printf("bench: open loop at %,d calls/s, round %d of %d%n", rate, i + 1, LATENCY_ROUNDS);
                Duration warmup = i == 0 ? config.latencyWarmup() : config.latencyWarmup().dividedBy(LATENCY_ROUNDS);
                OpenLoop openLoop = new OpenLoop(warmup, round, config.latencyPayload());
                for (Map.Entry<String, EchoSystem> entry : systems.entrySet()) {
                    merged.merge(entry.getKey(), entry.getValue().openLoop(openLoop, rate), LatencyResult::plus);
                }
            }
            merged.forEach((name, result) -> latency.get(name).add(result));
        }
        return latency;
    }

    /** zmqrpc's pipeline rate per payload size, alone on the machine's cores. */
    private Map<Integer, Double> pipeline() {
        Map<Integer, Double> rates = new LinkedHashMap<>();
        try (PipelineThroughput pipeline = new PipelineThroughput()) {
            for (int size : config.payloads()) {
                progress.printf("bench: pipeline %s%n", Scenario.sizeLabel(size));
                rates.put(size, pipeline.messagesPerSecond(size, config.warmup().toNanos(), config.measure().toNanos()));
            }
        }
        return rates;
    }

    private Burst burst() throws Exception {
        progress.printf("bench: a burst of %,d calls%n", config.burstCalls());
        return Burst.run(config.burstCalls());
    }

    private void printHeader(double loadBefore) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "# zmqrpc echo benchmark, %s%n%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        out.printf(Locale.ROOT, "JDK %s (%s), %s %s, %d cores, max heap %d MiB%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"), runtime.availableProcessors(),
                runtime.maxMemory() >> 20);
        // The load average tells a reader whether other work shared the cores during the run.
        out.printf(Locale.ROOT, "1-minute load average %.2f at the start, %.2f at the end%n",
                loadBefore, loadAverage());
        // The one process-wide setting that changes zmqrpc's figures (docs/performance.md).
        String batch = System.getProperty("zmqrpc.io-thread.batch-scheduling");
        out.printf(Locale.ROOT, "zmqrpc's JeroMQ I/O thread under SCHED_BATCH (zmqrpc.io-thread.batch-scheduling): %s%n",
                batch == null ? "true (the default)" : batch);
        out.printf(Locale.ROOT, "cells: warm-up %s, measure %s (median of %d slices, the systems taking turns slice "
                + "by slice); open loop: %s warm-up, %s measure in %d rounds taken in turns, %d B payload%n%n",
                BenchConfig.formatDuration(config.warmup()), BenchConfig.formatDuration(config.measure()),
                Runner.SLICES,
                BenchConfig.formatDuration(config.latencyWarmup()),
                BenchConfig.formatDuration(config.latencyMeasure()), LATENCY_ROUNDS, config.latencyPayload());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
