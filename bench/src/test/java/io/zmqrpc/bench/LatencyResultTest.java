package io.zmqrpc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** Open-loop rounds merge into one run: every latency, and the I/O CPU per call over all calls. */
class LatencyResultTest {

    private static LatencyResult run(int rate, double ioCpu, long... micros) {
        Histogram latencies = new Histogram(3);
        for (long value : micros) {
            latencies.recordValue(value * 1000);
        }
        return new LatencyResult(rate, latencies, ioCpu);
    }

    @Test
    void roundsMergeIntoOneHistogramAndACallWeightedCpu() {
        LatencyResult first = run(1000, 100.0, 100, 200, 300);
        LatencyResult second = run(1000, 20.0, 400);

        LatencyResult merged = first.plus(second);

        assertThat(merged.calls()).isEqualTo(4);
        assertThat(merged.max()).isEqualTo(400.0, offset(0.5));
        assertThat(merged.p50()).isEqualTo(200.0, offset(0.5));
        assertThat(merged.ioCpuMicrosPerCall()).isEqualTo(80.0);
        // the rounds themselves are left as they were
        assertThat(first.calls()).isEqualTo(3);
        assertThat(second.calls()).isEqualTo(1);
    }

    @Test
    void runsAtOtherRatesDoNotMerge() {
        assertThatThrownBy(() -> run(1000, 1, 1).plus(run(10000, 1, 1)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("runs at 1000 and 10000 calls/s");
    }
}
