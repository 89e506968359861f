package io.zmqrpc.testing;

import io.zmqrpc.RpcMethod;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Echoes at once with {@code echo}; {@code held} answers only once the test releases it (or after 30 s). */
public final class HeldEcho {

    /** Counted down by the test to let {@code held} calls answer. */
    public final CountDownLatch release = new CountDownLatch(1);

    /**
     * Echoes.
     *
     * @param n a number
     * @return n
     */
    @RpcMethod
    public long echo(long n) {
        return n;
    }

    /**
     * Echoes once released.
     *
     * @param n a number
     * @return n
     * @throws InterruptedException if the handler thread is interrupted meanwhile
     */
    @RpcMethod
    public long held(long n) throws InterruptedException {
        release.await(30, TimeUnit.SECONDS);
        return n;
    }
}
