package io.zmqrpc.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * What one call costs the machine rather than how many fit in a second: process CPU time and
 * context switches (voluntary and not, summed over the JVM's threads from {@code /proc}, JIT
 * compiler threads left out, as {@link ThreadCounters} counts them) per call. On a shared machine
 * the rate follows the neighbours' load, while these two follow the code: a thread hand-off costs a
 * context switch, a wake-up a few system calls. Linux only.
 *
 * <p>{@code java -cp bench/target/zmqrpc-bench.jar io.zmqrpc.bench.CallCost [seconds] [system...]}
 * runs each named system (default zmqrpc and JeroMQ) sequentially and with 64 in flight, 100 B,
 * after a warm-up of the same length, three times in turn.
 */
public final class CallCost {

    private CallCost() {
    }

    /** Runs the measurement; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 3;
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("zmqrpc", "JeroMQ");
        PrintStream out = System.out;
        List<Scenario> scenarios = List.of(Scenario.sequential(100), Scenario.inFlight(100, 64));
        for (Contender contender : BenchMain.contenders()) {
            if (!names.contains(contender.name())) {
                continue;
            }
            try (EchoSystem system = contender.start()) {
                for (Scenario scenario : scenarios) {
                    system.closedLoop(scenario, Long.MAX_VALUE, seconds * 1_000_000_000L);
                }
                for (int round = 0; round < 3; round++) {
                    for (Scenario scenario : scenarios) {
                        ThreadCounters.Sample before = ThreadCounters.sample();
                        long start = System.nanoTime();
                        long calls = system.closedLoop(scenario, Long.MAX_VALUE, seconds * 1_000_000_000L);
                        double elapsed = (System.nanoTime() - start) / 1e9;
                        ThreadCounters.Sample cost = ThreadCounters.sample().since(before);
                        out.printf(Locale.ROOT, "%-8s %-10s %3d in flight: %,9.0f calls/s  %7.1f µs CPU/call  %5.2f context switches/call  load %.1f%n",
                                contender.name(), scenario.pattern().label(), scenario.inFlight(), calls / elapsed,
                                cost.cpuNanos() / 1e3 / calls, cost.contextSwitches() / (double) calls,
                                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    }
                }
            }
        }
    }
}
