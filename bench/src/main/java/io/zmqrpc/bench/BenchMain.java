package io.zmqrpc.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the whole comparison and prints one report to standard output (progress goes to standard
 * error). Each system runs alone: it is started, measured (throughput matrix, open-loop latency,
 * footprint) and stopped before the next one starts.
 */
public final class BenchMain {

    /** The system the ratio columns are about. */
    static final String SUBJECT = "zmqrpc";

    private final BenchConfig config;
    private final PrintStream out;
    private final PrintStream progress;

    BenchMain(BenchConfig config, PrintStream out, PrintStream progress) {
        this.config = config;
        this.out = out;
        this.progress = progress;
    }

    /**
     * The systems compared, in column order. Adding one is one line here: zmqrpc goes between the
     * two, as {@code Contender.ofTarget(SUBJECT, ...)} with an {@link EchoTarget} over its
     * {@code RpcClient}, once the runtime exists.
     */
    static List<Contender> contenders() {
        return List.of(
                new Contender("JeroMQ", JeroMqEcho::new),
                Contender.ofTarget("gRPC", GrpcEcho::new));
    }

    /** Runs with the configuration the system properties give; see {@link BenchConfig}. */
    public static void main(String[] args) throws Exception {
        new BenchMain(BenchConfig.fromSystemProperties(), System.out, System.err).run();
    }

    void run() throws Exception {
        List<Measurements> results = new ArrayList<>();
        for (Contender contender : contenders()) {
            if (config.includes(contender.name())) {
                results.add(measure(contender));
            }
        }
        printHeader();
        new Report(results, SUBJECT).print(config.scenarios(), out);
    }

    private Measurements measure(Contender contender) throws Exception {
        progress.println("bench: " + contender.name() + " ...");
        long start = System.nanoTime();
        try (EchoSystem system = contender.start()) {
            var throughput = new Runner(config.warmup(), config.measure())
                    .throughput(system, config.scenarios());
            List<LatencyResult> latency = new ArrayList<>();
            if (system.target().isPresent()) {
                OpenLoop openLoop = new OpenLoop(config.latencyWarmup(), config.latencyMeasure(),
                        config.latencyPayload());
                for (int rate : config.latencyRates()) {
                    latency.add(openLoop.run(system.target().get(), rate));
                }
            }
            Footprint footprint = Footprint.measure(system, BenchConfig.FOOTPRINT_SCENARIO,
                    config.footprintCalls());
            return new Measurements(contender.name(), throughput, latency, footprint);
        } finally {
            progress.printf("bench: %s done in %.1f s%n", contender.name(), (System.nanoTime() - start) / 1e9);
        }
    }

    private void printHeader() {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "# zmqrpc echo benchmark, %s%n%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        // The load average tells a reader whether other work shared the cores during the run.
        out.printf(Locale.ROOT, "JDK %s (%s), %s %s, %d cores, max heap %d MiB, load average %.2f at the end%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"), runtime.availableProcessors(),
                runtime.maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "cells: warm-up %s, measure %s; open loop: %s warm-up, %s measure, %d B payload%n%n",
                BenchConfig.formatDuration(config.warmup()), BenchConfig.formatDuration(config.measure()),
                BenchConfig.formatDuration(config.latencyWarmup()),
                BenchConfig.formatDuration(config.latencyMeasure()), config.latencyPayload());
    }
}
