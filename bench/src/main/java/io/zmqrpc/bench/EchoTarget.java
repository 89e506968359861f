package io.zmqrpc.bench;

import java.util.concurrent.CompletableFuture;

/**
 * An echo service seen through an RPC client: the shape that gRPC and zmqrpc share, so that one
 * driver ({@link TargetSystem}) measures both in exactly the same way.
 */
public interface EchoTarget extends OpenLoopClient, AutoCloseable {

    /** Sends {@code payload} and blocks until the echo comes back. */
    byte[] call(byte[] payload) throws Exception;

    /** Sends {@code payload} without waiting; the future completes with the echo. */
    @Override
    CompletableFuture<byte[]> callAsync(byte[] payload);

    /** Stops client and server; an interrupt while waiting for them is passed on, not thrown. */
    @Override
    void close();
}
