package io.zmqrpc.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What to run and for how long, read from system properties ({@code -Dbench.measure=2s}).
 * {@code bench.quick=true} switches every default to a smoke run of a second or two, and explicit
 * properties still override it.
 *
 * @param warmup          throughput cell warm-up ({@code bench.warmup}, 1s)
 * @param measure         throughput cell measurement ({@code bench.measure}, 2s)
 * @param payloads        payload sizes in bytes ({@code bench.payloads}, 10,100,1024,65536)
 * @param inFlight        windows of the in-flight pattern ({@code bench.inflight}, 1,16,64,256);
 *                        every payload also runs once sequentially
 * @param latencyRates    open-loop rates in calls/s ({@code bench.latency.rates}, 1000,10000)
 * @param latencyWarmup   open-loop warm-up per rate ({@code bench.latency.warmup}, 1s)
 * @param latencyMeasure  open-loop measurement per rate ({@code bench.latency.measure}, 5s)
 * @param latencyPayload  open-loop payload size ({@code bench.latency.payload}, 100)
 * @param footprintCalls  calls between the two heap readings ({@code bench.footprint.calls},
 *                        1000000)
 * @param only            names of the systems to run, all when empty ({@code bench.systems})
 * @param burstCalls      asynchronous calls one client submits at once ({@code bench.burst.calls},
 *                        100000)
 * @param plot            where the percentile plot of the open-loop latencies goes
 *                        ({@code bench.plot}, {@code latency.svg} beside the bench's jar, i.e.
 *                        {@code bench/target/latency.svg}; see {@link #besideTheJar})
 */
public record BenchConfig(
        Duration warmup,
        Duration measure,
        List<Integer> payloads,
        List<Integer> inFlight,
        List<Integer> latencyRates,
        Duration latencyWarmup,
        Duration latencyMeasure,
        int latencyPayload,
        long footprintCalls,
        List<String> only,
        int burstCalls,
        Path plot) {

    /** The load of the footprint run: busy but ordinary. */
    static final Scenario FOOTPRINT_SCENARIO = Scenario.inFlight(100, 64);

    /** The configuration the JVM's system properties describe. */
    public static BenchConfig fromSystemProperties() {
        return from(System.getProperties());
    }

    static BenchConfig from(Properties props) {
        boolean quick = Boolean.parseBoolean(props.getProperty("bench.quick", "false"));
        Settings s = new Settings(props);
        return new BenchConfig(
                s.duration("bench.warmup", quick ? "50ms" : "1s"),
                s.duration("bench.measure", quick ? "200ms" : "2s"),
                s.ints("bench.payloads", quick ? "100" : "10,100,1024,65536"),
                s.ints("bench.inflight", quick ? "64" : "1,16,64,256"),
                s.ints("bench.latency.rates", "1000,10000"),
                s.duration("bench.latency.warmup", quick ? "50ms" : "1s"),
                s.duration("bench.latency.measure", quick ? "200ms" : "5s"),
                Integer.parseInt(props.getProperty("bench.latency.payload", "100")),
                Long.parseLong(props.getProperty("bench.footprint.calls", quick ? "200" : "1000000")),
                s.strings("bench.systems", ""),
                Integer.parseInt(props.getProperty("bench.burst.calls", quick ? "2000" : "100000")),
                props.containsKey("bench.plot") ? Path.of(props.getProperty("bench.plot")) : besideTheJar("latency.svg"));
    }

    /**
     * {@code file} in the directory that holds the bench's jar ({@code bench/target} when run as
     * {@code java -jar bench/target/zmqrpc-bench.jar}), or beside its classes directory when run
     * from one ({@code bench/target} again, under Maven): the same place whatever the working
     * directory is. The working directory when the code's location is unknown.
     */
    static Path besideTheJar(String file) {
        try {
            Path code = Path.of(BenchConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent().resolve(file);
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(file);
        }
    }

    /** The throughput matrix: per payload, the sequential cell then each in-flight window. */
    public List<Scenario> scenarios() {
        return payloads.stream()
                .flatMap(size -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(Scenario.sequential(size)),
                        inFlight.stream().map(n -> Scenario.inFlight(size, n))))
                .collect(Collectors.toList());
    }

    /** Whether the system named {@code name} takes part in this run. */
    public boolean includes(String name) {
        return only.isEmpty() || only.stream().anyMatch(name::equalsIgnoreCase);
    }

    /** Parsing of the property values. */
    private record Settings(Properties props) {

        Duration duration(String key, String fallback) {
            return parseDuration(props.getProperty(key, fallback).trim());
        }

        List<Integer> ints(String key, String fallback) {
            return strings(key, fallback).stream().map(Integer::valueOf).collect(Collectors.toList());
        }

        List<String> strings(String key, String fallback) {
            return Arrays.stream(props.getProperty(key, fallback).split(","))
                    .map(String::trim)
                    .filter(part -> !part.isEmpty())
                    .collect(Collectors.toList());
        }
    }

    /** The form {@link #parseDuration} reads: "2s", "200ms". */
    static String formatDuration(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /** "200ms", "2s", "1m", or an ISO-8601 duration ("PT2S"). */
    static Duration parseDuration(String text) {
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 1000));
        }
        if (text.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
        }
        return Duration.parse(text);
    }
}
