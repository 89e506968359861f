package io.zmqrpc.example.inventory;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.RpcMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The inventory service, served over ZeroMQ for as long as the application runs. The address comes
 * from the {@code inventory.bind} key (MicroProfile Config in a server, a system property on
 * Weld SE), on loopback port 5555 by default; the tests pass a free port instead.
 *
 * <p>Stock lives in memory: each deployment starts from the same shelves, which is what an example
 * and its tests want.
 */
@ApplicationScoped
@RemoteEndpoint(bind = "${inventory.bind:tcp://127.0.0.1:5555}")
public class InventoryService implements Inventory {

    /** Simulated time to book a delivery, so that {@link #restock} completes after it returns. */
    private static final long DELIVERY_BOOKING_MILLIS = 50;

    private final AtomicInteger stocktakes = new AtomicInteger();

    private final Map<String, Integer> shelves = new TreeMap<>(Map.of(
            "apple", 10, "pear", 5, "plum", 8, "kiwi", 6, "fig", 0));

    @Override
    @RpcMethod
    public synchronized Map<String, Integer> stock() {
        // Sorted by SKU on the wire too, so that every client prints the shelves in one order.
        return new TreeMap<>(shelves);
    }

    @Override
    @RpcMethod
    public synchronized int available(String sku) {
        return shelves.getOrDefault(sku, 0);
    }

    @Override
    @RpcMethod
    public synchronized Reservation reserve(String sku, int quantity) {
        requirePositive(quantity);
        int onHand = available(sku);
        if (onHand < quantity) {
            throw new OutOfStockException(sku, quantity, onHand);
        }
        shelves.put(sku, onHand - quantity);
        return new Reservation(UUID.randomUUID().toString(), sku, quantity, onHand - quantity);
    }

    @Override
    @RpcMethod
    public CompletionStage<Integer> restock(String sku, int quantity) {
        requirePositive(quantity);
        // The handler thread is released at once; the reply goes out when the stage completes.
        return CompletableFuture.supplyAsync(() -> add(sku, quantity),
                CompletableFuture.delayedExecutor(DELIVERY_BOOKING_MILLIS, TimeUnit.MILLISECONDS));
    }

    private synchronized int add(String sku, int quantity) {
        return shelves.merge(sku, quantity, Integer::sum);
    }

    @Override
    @RpcMethod
    public Stocktake stocktake() {
        int attempt = stocktakes.incrementAndGet();
        if (attempt % 2 == 1) {
            throw new IllegalStateException("the stock counter restarted; ask again");
        }
        return new Stocktake(total(), attempt);
    }

    /**
     * A full count of the shelves that takes its time: answered once {@code millis} have passed,
     * with the units on them then. Not on {@link Inventory}: an operator's call (the integration
     * tests keep a call in flight with it while the endpoint drains).
     *
     * @param millis how long the count takes
     * @return the units on the shelves
     */
    @RpcMethod
    public CompletionStage<Integer> audit(int millis) {
        requirePositive(millis);
        return CompletableFuture.supplyAsync(this::total, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
    }

    private synchronized int total() {
        return shelves.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            // Travels as Python's builtins.ValueError through the registry's defaults.
            throw new IllegalArgumentException("quantity must be positive, got " + quantity);
        }
    }
}
