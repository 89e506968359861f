package io.zmqrpc.quarkus.it;

import jakarta.enterprise.context.RequestScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the uses of one request's instance: each remote call must get a fresh one. */
@RequestScoped
public class CallScope {

    private final AtomicInteger uses = new AtomicInteger();

    /**
     * Counts a use.
     *
     * @return the uses of this instance so far
     */
    public int use() {
        return uses.incrementAndGet();
    }
}
