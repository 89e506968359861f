package io.zmqrpc.cdi.health;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.RpcMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** An endpoint whose {@code held} call answers only once the test releases it (or after 30 s). */
@ApplicationScoped
@RemoteEndpoint(name = "Counter", bind = "tcp://127.0.0.1:*")
public class HeldCounter {

    /** Counted down by the test; replaced for each container. */
    static volatile CountDownLatch release = new CountDownLatch(1);

    /**
     * Answers once released.
     *
     * @param n a number
     * @return n
     * @throws InterruptedException when the handler thread is interrupted
     */
    @RpcMethod
    public long held(long n) throws InterruptedException {
        release.await(30, TimeUnit.SECONDS);
        return n;
    }
}
