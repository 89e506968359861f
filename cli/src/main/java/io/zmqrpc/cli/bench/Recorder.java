package io.zmqrpc.cli.bench;

import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.cli.connect.CallFailures;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Latencies (one slot per call, written from the client's completion threads) and errors by type. */
final class Recorder {

    private final long[] latencies;
    private final AtomicInteger completed = new AtomicInteger();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Progress progress;

    Recorder(int calls, Progress progress) {
        this.latencies = new long[calls];
        this.progress = progress;
    }

    void record(long intendedNanos, Throwable failure) {
        long latency = System.nanoTime() - intendedNanos;
        int slot = completed.getAndIncrement();
        latencies[slot] = latency;
        if (failure != null) {
            errors.computeIfAbsent(errorType(failure), k -> new LongAdder()).increment();
        }
        progress.completed(slot + 1, failure != null);
    }

    private static String errorType(Throwable failure) {
        Throwable cause = CallFailures.unwrap(failure);
        RemoteError remote = RemoteError.of(cause);
        if (remote != null) {
            return remote.type();
        }
        return cause instanceof RpcTimeoutException ? "timeout" : cause.getClass().getSimpleName();
    }

    Summary summary(long elapsedNanos, String mode) {
        int n = completed.get();
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        Map<String, Long> byType = new TreeMap<>();
        errors.forEach((type, count) -> byType.put(type, count.sum()));
        return new Summary(mode, n, byType, elapsedNanos, sorted);
    }
}
