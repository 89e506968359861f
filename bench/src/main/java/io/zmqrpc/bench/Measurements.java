package io.zmqrpc.bench;

import java.util.List;
import java.util.Map;

/** Everything measured of one contender in one run: its throughput cells, open-loop runs and footprint. */
record Measurements(String name, Map<Scenario, Cell> throughput, List<LatencyResult> latency,
        Footprint footprint) {
}
