package io.zmqrpc.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures throughput: each scenario runs for the warm-up time (discarded, so that JIT compilation
 * and connection set-up stay out of the figure), then for the measurement time, in slices. The systems take
 * turns cell by cell, so that a change in the machine's load falls on every figure of a row alike
 * and the ratios between systems stay meaningful on a shared machine.
 */
final class Runner {

    static final int SLICES = 5;

    private final Duration warmup;
    private final Duration measure;

    Runner(Duration warmup, Duration measure) {
        this.warmup = warmup;
        this.measure = measure;
    }

    /** The cells by system name, then by scenario in the order given. */
    Map<String, Map<Scenario, Cell>> throughput(Map<String, EchoSystem> systems, List<Scenario> scenarios,
            PrintStream progress) throws Exception {
        Map<String, Map<Scenario, Cell>> cells = new LinkedHashMap<>();
        systems.keySet().forEach(name -> cells.put(name, new LinkedHashMap<>()));
        for (EchoSystem system : systems.values()) {
            warmUp(system);
        }
        for (Scenario scenario : scenarios) {
            progress.printf("bench: %s %s, %d in flight%n", scenario.pattern().label(),
                    Scenario.sizeLabel(scenario.payloadSize()), scenario.inFlight());
            for (Map.Entry<String, EchoSystem> system : systems.entrySet()) {
                cells.get(system.getKey()).put(scenario, cell(system.getValue(), scenario));
            }
        }
        return cells;
    }

    /**
     * A cell's own warm-up is too short to compile a cold stack (gRPC's first cell came out at a
     * tenth of its speed). On two cores, where the JIT compiler threads compete with the system
     * for the cores, zmqrpc's deeper stack needed about eight seconds of calls before its rate
     * stopped climbing (64 in flight, one-second rounds: 19,076, 63,801, then 97,757 calls/s),
     * while the harness used to give it six, of which three sequential: its in-flight cells came
     * out at half of what {@link CallCost} measures. Each system therefore runs both code paths
     * for {@value #WARM_UP_ROUNDS} warm-up times each before any cell is measured.
     */
    private void warmUp(EchoSystem system) throws Exception {
        for (Scenario scenario : List.of(Scenario.sequential(100), Scenario.inFlight(100, 64))) {
            system.closedLoop(scenario, Long.MAX_VALUE, WARM_UP_ROUNDS * warmup.toNanos());
        }
    }

    /** Warm-up times per code path before the first cell (see {@link #warmUp}). */
    static final int WARM_UP_ROUNDS = 8;

    /**
     * The median rate of {@link #SLICES} equal slices of the measurement time: on a shared machine
     * a burst of someone else's work drags one or two slices down without moving the median. The
     * context switches are counted over all the slices (the threads are read between cells, not
     * between slices, so that the reading stays out of the rates).
     */
    private Cell cell(EchoSystem system, Scenario scenario) throws Exception {
        system.closedLoop(scenario, Long.MAX_VALUE, warmup.toNanos());
        double[] rates = new double[SLICES];
        long total = 0;
        ThreadCounters.Sample before = ThreadCounters.sample();
        for (int i = 0; i < SLICES; i++) {
            long start = System.nanoTime();
            long calls = system.closedLoop(scenario, Long.MAX_VALUE, measure.toNanos() / SLICES);
            // The elapsed time includes draining the last window, which the count includes too.
            rates[i] = calls * 1e9 / (System.nanoTime() - start);
            total += calls;
        }
        ThreadCounters.Sample cost = ThreadCounters.sample().since(before);
        Arrays.sort(rates);
        return new Cell(rates[SLICES / 2], cost.contextSwitches() / (double) total);
    }
}
