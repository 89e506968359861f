package io.zmqrpc.bench;

import java.util.concurrent.CompletableFuture;

/**
 * An {@link EchoTarget} whose every echo, blocking or not, goes through {@link EchoCheck}: a
 * wrong one throws from {@link #call} or fails the future of {@link #callAsync}.
 */
final class CheckedTarget implements EchoTarget {

    private final String system;
    private final EchoTarget target;

    CheckedTarget(String system, EchoTarget target) {
        this.system = system;
        this.target = target;
    }

    @Override
    public byte[] call(byte[] payload) throws Exception {
        return EchoCheck.verify(system, payload, target.call(payload));
    }

    @Override
    public CompletableFuture<byte[]> callAsync(byte[] payload) {
        return target.callAsync(payload).thenApply(echo -> EchoCheck.verify(system, payload, echo));
    }

    @Override
    public void close() {
        target.close();
    }
}
