package io.zmqrpc.cdi.faulttolerance;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.RpcMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The endpoint: counts the calls of each method; some fail at first, some always, one is slow. */
@ApplicationScoped
@RemoteEndpoint(bind = "tcp://127.0.0.1:*", name = "Warehouse")
public class FlakyWarehouse {

    /** The calls received, by remote method. */
    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    static int calls(String method) {
        return CALLS.computeIfAbsent(method, m -> new AtomicInteger()).get();
    }

    private static int count(String method) {
        return CALLS.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Fails the first two calls, then reserves.
     *
     * @param sku what
     * @return the reservation
     */
    @RpcMethod
    public String reserve(String sku) {
        if (count("reserve") <= 2) {
            throw new IllegalStateException("busy, try again");
        }
        return "reserved " + sku;
    }

    /**
     * The same as {@link #reserve}, counted apart, answered as a stage.
     *
     * @param sku what
     * @return the reservation
     */
    @RpcMethod("reserve_async")
    public CompletionStage<String> reserveAsync(String sku) {
        if (count("reserve_async") <= 2) {
            return CompletableFuture.failedFuture(new IllegalStateException("busy, try again"));
        }
        return CompletableFuture.completedFuture("reserved " + sku);
    }

    /**
     * Answers late.
     *
     * @param millis how late
     * @return "late"
     * @throws InterruptedException never in these tests
     */
    @RpcMethod
    public String slow(long millis) throws InterruptedException {
        count("slow");
        Thread.sleep(millis);
        return "late";
    }

    /** Always fails. */
    @RpcMethod
    public void fragile() {
        count("fragile");
        throw new IllegalStateException("down");
    }

    /**
     * Always fails.
     *
     * @return never
     */
    @RpcMethod
    public String unavailable() {
        count("unavailable");
        throw new IllegalStateException("down");
    }
}
