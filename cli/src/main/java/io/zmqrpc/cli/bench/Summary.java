package io.zmqrpc.cli.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zmqrpc.cli.json.JsonValues;
import java.util.Locale;
import java.util.Map;

/**
 * What a run measured: the mode, how many calls completed, errors by type, the elapsed time and
 * the sorted latencies in nanoseconds.
 */
record Summary(String mode, int calls, Map<String, Long> errors, long elapsedNanos, long[] sortedLatencies) {

    static final String[] PERCENTILES = {"p50", "p90", "p99", "p99.9"};
    private static final double[] RANKS = {0.50, 0.90, 0.99, 0.999};

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    double callsPerSecond() {
        return elapsedNanos == 0 ? 0 : calls * 1e9 / elapsedNanos;
    }

    /** The latency at a rank (nearest rank), in milliseconds. */
    double millis(double rank) {
        if (sortedLatencies.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(rank * sortedLatencies.length) - 1;
        return sortedLatencies[Math.max(0, Math.min(sortedLatencies.length - 1, index))] / 1e6;
    }

    String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Summary (%s):%n", mode));
        text.append(String.format(Locale.ROOT, "  calls:     %d (%d ok, %d errors)%n", calls, calls - errorCount(),
                errorCount()));
        text.append(String.format(Locale.ROOT, "  duration:  %.3f s%n", elapsedNanos / 1e9));
        text.append(String.format(Locale.ROOT, "  rate:      %.1f calls/s%n", callsPerSecond()));
        text.append(String.format(Locale.ROOT, "Latency, from the intended send time:%n"));
        for (int i = 0; i < PERCENTILES.length; i++) {
            text.append(String.format(Locale.ROOT, "  %-6s %10.3f ms%n", PERCENTILES[i] + ":", millis(RANKS[i])));
        }
        text.append(String.format(Locale.ROOT, "  %-6s %10.3f ms%n", "max:", millis(1.0)));
        text.append(String.format(Locale.ROOT, "Errors:%n"));
        if (errors.isEmpty()) {
            text.append(String.format(Locale.ROOT, "  none%n"));
        }
        errors.forEach((type, count) -> text.append(String.format(Locale.ROOT, "  %s: %d%n", type, count)));
        return text.toString().stripTrailing();
    }

    String toJson() {
        ObjectNode json = JsonValues.object();
        json.put("mode", mode).put("calls", calls).put("ok", calls - errorCount())
                .put("seconds", elapsedNanos / 1e9).put("callsPerSecond", callsPerSecond());
        ObjectNode latency = json.putObject("latencyMs");
        for (int i = 0; i < PERCENTILES.length; i++) {
            latency.put(PERCENTILES[i], millis(RANKS[i]));
        }
        latency.put("max", millis(1.0));
        ObjectNode byType = json.putObject("errors");
        errors.forEach(byType::put);
        return JsonValues.write(json);
    }
}
