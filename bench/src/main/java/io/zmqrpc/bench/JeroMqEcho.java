package io.zmqrpc.bench;

import java.util.concurrent.ExecutionException;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Bare JeroMQ, the transport's limit: a DEALER client against a ROUTER echo
 * ({@link JeroMqEchoServer}). No codec, no dispatch, no queue between threads: one caller thread
 * owns the DEALER and keeps its window full (send until N are outstanding, then take one reply and
 * send one more), draining whatever else has already arrived without blocking.
 */
final class JeroMqEcho implements EchoSystem {

    /** The contender's name, in the report and in its errors. */
    static final String NAME = "JeroMQ";

    private final ZContext context = new ZContext();
    private final JeroMqEchoServer server;

    JeroMqEcho() throws InterruptedException, ExecutionException {
        try {
            server = new JeroMqEchoServer(context);
        } catch (InterruptedException | ExecutionException | RuntimeException e) {
            context.close();
            throw e;
        }
    }

    @Override
    public long closedLoop(Scenario scenario, long maxCalls, long durationNanos) {
        byte[] payload = scenario.payload();
        long deadline = System.nanoTime() + durationNanos;
        try (ZMQ.Socket dealer = dealer()) {
            return window(dealer, payload, scenario.inFlight(), maxCalls, deadline);
        }
    }

    @Override
    public LatencyResult openLoop(OpenLoop openLoop, int ratePerSecond) throws Exception {
        try (ZMQ.Socket dealer = dealer()) {
            return openLoop.run(NAME, new JeroMqOpenLoop(dealer), ratePerSecond);
        }
    }

    /** A fresh DEALER per run, created and used on the caller's thread only, so no reply of an
     *  earlier run can be counted in this one. */
    private ZMQ.Socket dealer() {
        ZMQ.Socket dealer = context.createSocket(SocketType.DEALER);
        dealer.setLinger(0);
        dealer.connect(server.endpoint());
        return dealer;
    }

    /** With a window of one this is the sequential round trip: send, then wait for the echo. */
    private static long window(ZMQ.Socket dealer, byte[] payload, int inFlight, long maxCalls,
            long deadline) {
        long issued = 0;
        long done = 0;
        while (issued < maxCalls && System.nanoTime() < deadline) {
            // JeroMQ wraps the array without copying it; the payload is never changed, so one
            // array can back every message in flight.
            while (issued - done < inFlight && issued < maxCalls) {
                dealer.send(payload, 0);
                issued++;
            }
            receive(dealer, payload, 0);
            done++;
            while (issued > done && receive(dealer, payload, ZMQ.DONTWAIT)) {
                done++;
            }
        }
        for (; done < issued; done++) {
            receive(dealer, payload, 0);
        }
        return done;
    }

    /** Takes one echo; false when {@code DONTWAIT} found none. Checks it ({@link EchoCheck}), so
     *  that a count can never include anything but whole echoes. */
    static boolean receive(ZMQ.Socket dealer, byte[] payload, int flags) {
        byte[] echo = dealer.recv(flags);
        if (echo == null && flags == 0) {
            throw new IllegalStateException(NAME + ": receive failed: errno " + dealer.errno());
        }
        if (echo != null && dealer.hasReceiveMore()) {
            throw new EchoCheck.WrongEchoException(NAME, "a multipart message back for one frame sent");
        }
        if (echo != null) {
            EchoCheck.verify(NAME, payload, echo);
        }
        return echo != null;
    }

    @Override
    public void close() {
        server.close();
        context.close();
    }
}
