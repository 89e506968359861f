package io.zmqrpc.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures throughput: each scenario runs for the warm-up time (discarded, so that JIT compilation
 * and connection set-up stay out of the figure), then for the measurement time, in slices. The
 * systems take turns slice by slice (the first slice of every system, then the second, ...), so that
 * a change in the machine's load over a cell falls on every figure of a row alike and the ratios
 * between systems stay meaningful on a shared machine: with whole cells in turn, two runs of the
 * same build put the CDI client at 0.80 and at 1.12 of the plain one in the same cell.
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
            Map<String, Slices> slices = new LinkedHashMap<>();
            for (Map.Entry<String, EchoSystem> system : systems.entrySet()) {
                system.getValue().closedLoop(scenario, Long.MAX_VALUE, warmup.toNanos());
                slices.put(system.getKey(), new Slices());
            }
            for (int i = 0; i < SLICES; i++) {
                for (Map.Entry<String, EchoSystem> system : systems.entrySet()) {
                    slices.get(system.getKey()).measure(system.getValue(), scenario, measure.toNanos() / SLICES);
                }
            }
            slices.forEach((name, measured) -> cells.get(name).put(scenario, measured.cell()));
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
     * One system's slices of a cell: the median rate of {@link #SLICES} equal slices of the
     * measurement time (on a shared machine a burst of someone else's work drags one or two slices
     * down without moving the median), and the context switches per call over all of them. The
     * threads are read before and after each slice, outside its timing, so the reading stays out of
     * the rates.
     */
    private static final class Slices {

        private final double[] rates = new double[SLICES];
        private int taken;
        private long calls;
        private long switches;

        void measure(EchoSystem system, Scenario scenario, long sliceNanos) throws Exception {
            ThreadCounters.Sample before = ThreadCounters.sample();
            long start = System.nanoTime();
            long done = system.closedLoop(scenario, Long.MAX_VALUE, sliceNanos);
            // The elapsed time includes draining the last window, which the count includes too.
            rates[taken++] = done * 1e9 / (System.nanoTime() - start);
            switches += ThreadCounters.sample().since(before).contextSwitches();
            calls += done;
        }

        Cell cell() {
            double[] sorted = rates.clone();
            Arrays.sort(sorted);
            return new Cell(sorted[SLICES / 2], switches / (double) calls);
        }
    }
}
