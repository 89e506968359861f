package io.zmqrpc.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.runtime.RpcServer;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a server's in-flight count to reach zero: a call is counted done just after its reply
 * is queued, so a client may see the reply a moment before the count drops.
 */
final class InFlight {

    private InFlight() {
    }

    static void await(RpcServer server, int calls) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server.inFlight() != calls && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(server.inFlight()).as("calls in flight").isEqualTo(calls);
    }

    static void awaitZero(RpcServer server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server.inFlight() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(server.inFlight()).as("calls in flight").isZero();
    }
}
