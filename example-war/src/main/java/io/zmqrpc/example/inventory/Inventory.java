package io.zmqrpc.example.inventory;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * What the inventory service offers remotely. The order service holds a typed zmqrpc proxy of this
 * interface; {@link InventoryService} implements it, so that the compiler keeps both sides of the
 * wire in step. Python callers use the same names: {@code client.call.reserve("apple", 3)}.
 */
public interface Inventory {

    /**
     * Every SKU with the quantity on hand.
     *
     * @return quantities by SKU
     */
    Map<String, Integer> stock();

    /**
     * The quantity on hand of one SKU.
     *
     * @param sku the stock-keeping unit, for example {@code apple}
     * @return the quantity, 0 for an unknown SKU
     */
    int available(String sku);

    /**
     * Takes a quantity out of stock for an order.
     *
     * @param sku the SKU
     * @param quantity how many, positive
     * @return the reservation
     * @throws OutOfStockException when fewer are on hand (remote name {@code shop.OutOfStock})
     */
    Reservation reserve(String sku, int quantity);

    /**
     * Adds stock once the delivery is booked; completes later, so the caller does not wait.
     *
     * @param sku the SKU
     * @param quantity how many arrived, positive
     * @return the new quantity on hand
     */
    CompletionStage<Integer> restock(String sku, int quantity);

    /**
     * Takes stock. The stock counter restarts on the first request of every pair and fails it;
     * MicroProfile Fault Tolerance, where the server runs it, retries the call over zmqrpc.
     *
     * @return the items on the shelves, and which request answered
     */
    @Retry(maxRetries = 2, delay = 0)
    Stocktake stocktake();
}
