package io.zmqrpc.bench;

import org.HdrHistogram.Histogram;

/**
 * One open-loop run: the latency of every call (a histogram, in nanoseconds, which the percentile
 * plot reads as well as the table) and the I/O threads' CPU time per call.
 *
 * @param ratePerSecond      the calls started per second
 * @param nanos              the calls' latencies; not to be changed
 * @param ioCpuMicrosPerCall CPU time of the I/O threads over the run, divided by its calls
 */
record LatencyResult(int ratePerSecond, Histogram nanos, double ioCpuMicrosPerCall) {

    /**
     * This run and a later one at the same rate, as one: their latencies together, and the I/O
     * threads' CPU per call over both.
     *
     * @param later the other run
     * @return the merged run
     */
    LatencyResult plus(LatencyResult later) {
        if (later.ratePerSecond != ratePerSecond) {
            throw new IllegalArgumentException("runs at " + ratePerSecond + " and " + later.ratePerSecond + " calls/s");
        }
        Histogram merged = nanos.copy();
        merged.add(later.nanos);
        double ioCpu = (ioCpuMicrosPerCall * calls() + later.ioCpuMicrosPerCall * later.calls()) / merged.getTotalCount();
        return new LatencyResult(ratePerSecond, merged, ioCpu);
    }

    long calls() {
        return nanos.getTotalCount();
    }

    /** The latency at {@code percentile} (0 to 100), in microseconds. */
    double micros(double percentile) {
        return nanos.getValueAtPercentile(percentile) / 1000.0;
    }

    double p50() {
        return micros(50);
    }

    double p99() {
        return micros(99);
    }

    double p999() {
        return micros(99.9);
    }

    double max() {
        return nanos.getMaxValue() / 1000.0;
    }
}
