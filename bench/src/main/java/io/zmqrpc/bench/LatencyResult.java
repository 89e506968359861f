package io.zmqrpc.bench;

import org.HdrHistogram.Histogram;

/** Latency percentiles of one open-loop run, in microseconds. */
record LatencyResult(int ratePerSecond, long calls, double p50, double p99, double p999, double max) {

    static LatencyResult of(int ratePerSecond, Histogram nanos) {
        return new LatencyResult(ratePerSecond, nanos.getTotalCount(),
                micros(nanos.getValueAtPercentile(50)),
                micros(nanos.getValueAtPercentile(99)),
                micros(nanos.getValueAtPercentile(99.9)),
                micros(nanos.getMaxValue()));
    }

    private static double micros(long nanos) {
        return nanos / 1000.0;
    }
}
