package io.zmqrpc.bench;

import java.util.List;
import java.util.Map;

/** Everything measured of one contender in one run. */
record Measurements(String name, Map<Scenario, Double> throughput, List<LatencyResult> latency,
        Footprint footprint) {
}
