package io.zmqrpc.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What one call costs the machine rather than how many fit in a second: process CPU time and
 * context switches (voluntary and not, summed over the JVM's threads from {@code /proc}) per call.
 * JIT compiler threads are left out of the CPU time. On a shared machine the rate follows the neighbours' load, while these two follow the code: a
 * thread hand-off costs a context switch, a wake-up a few system calls. Linux only.
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
                        long cpu = processCpuNanos();
                        long switches = contextSwitches();
                        long start = System.nanoTime();
                        long calls = system.closedLoop(scenario, Long.MAX_VALUE, seconds * 1_000_000_000L);
                        double elapsed = (System.nanoTime() - start) / 1e9;
                        out.printf(Locale.ROOT, "%-8s %-10s %3d in flight: %,9.0f calls/s  %7.1f µs CPU/call  %5.2f context switches/call  load %.1f%n",
                                contender.name(), scenario.pattern().label(), scenario.inFlight(), calls / elapsed,
                                (processCpuNanos() - cpu) / 1e3 / calls, (contextSwitches() - switches) / (double) calls,
                                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    }
                }
            }
        }
    }

    /**
     * CPU time of the JVM's threads except the JIT compilers, whose work on a starved machine goes
     * on long after a warm-up and says nothing about the code measured.
     */
    private static long processCpuNanos() throws IOException {
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (Files.readString(task.resolve("comm")).contains("Compiler")) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    // Fields after the parenthesised name: state is the 3rd, utime the 14th, stime the 15th.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException e) {
                    // The thread ended between the listing and the read.
                }
            }
        }
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    /** Context switches of all the JVM's threads so far (threads that ended are not counted). */
    private static long contextSwitches() throws IOException {
        long total = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches") || line.startsWith("nonvoluntary_ctxt_switches")) {
                            total += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                        }
                    }
                } catch (IOException e) {
                    // The thread ended between the listing and the read.
                }
            }
        }
        return total;
    }
}
