package io.zmqrpc.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures throughput: each scenario runs for the warm-up time (discarded, so that JIT compilation
 * and connection set-up stay out of the figure), then for the measurement time.
 */
final class Runner {

    private final Duration warmup;
    private final Duration measure;

    Runner(Duration warmup, Duration measure) {
        this.warmup = warmup;
        this.measure = measure;
    }

    /** Calls per second for each scenario, in the order given. */
    Map<Scenario, Double> throughput(EchoSystem system, List<Scenario> scenarios) throws Exception {
        Map<Scenario, Double> callsPerSecond = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            callsPerSecond.put(scenario, callsPerSecond(system, scenario));
        }
        return callsPerSecond;
    }

    private double callsPerSecond(EchoSystem system, Scenario scenario) throws Exception {
        system.closedLoop(scenario, Long.MAX_VALUE, warmup.toNanos());
        long start = System.nanoTime();
        long calls = system.closedLoop(scenario, Long.MAX_VALUE, measure.toNanos());
        // The elapsed time includes draining the last window, which the count includes too.
        return calls * 1e9 / (System.nanoTime() - start);
    }
}
