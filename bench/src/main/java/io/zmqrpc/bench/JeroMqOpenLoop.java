package io.zmqrpc.bench;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import org.zeromq.ZMQ;

/**
 * Bare JeroMQ in the open loop: the caller's thread owns a DEALER, so it sends each call on
 * schedule and, while it waits for the next start, polls the DEALER for echoes every
 * {@value #POLL_NANOS} ns (plus the park's overshoot, about 50 µs) and completes their futures.
 * Echoes come back in the order sent (one DEALER, one ROUTER, one TCP connection), so the oldest
 * outstanding call is the one an echo answers. An echo is thus seen up to a poll late: the
 * latencies are an upper bound, the I/O thread's CPU per call, which this run is for, is exact.
 */
final class JeroMqOpenLoop implements OpenLoopClient {

    private static final long POLL_NANOS = 10_000;

    private final ZMQ.Socket dealer;
    private final Queue<Outstanding> outstanding = new ArrayDeque<>();

    private record Outstanding(byte[] payload, CompletableFuture<byte[]> echo) {
    }

    /** Drives {@code dealer}, connected to an echo, from the calling thread only. */
    JeroMqOpenLoop(ZMQ.Socket dealer) {
        this.dealer = dealer;
    }

    @Override
    public CompletableFuture<byte[]> callAsync(byte[] payload) {
        CompletableFuture<byte[]> echo = new CompletableFuture<>();
        dealer.send(payload, 0);
        outstanding.add(new Outstanding(payload, echo));
        return echo;
    }

    @Override
    public void awaitNanoTime(long deadline) {
        readEchoes();
        OpenLoop.awaitNanoTime(deadline, POLL_NANOS, this::readEchoes);
    }

    /** Completes the calls whose echoes are there, checked ({@link JeroMqEcho#receive}). */
    private void readEchoes() {
        while (!outstanding.isEmpty() && JeroMqEcho.receive(dealer, outstanding.peek().payload(), ZMQ.DONTWAIT)) {
            Outstanding done = outstanding.remove();
            done.echo().complete(done.payload());
        }
    }
}
