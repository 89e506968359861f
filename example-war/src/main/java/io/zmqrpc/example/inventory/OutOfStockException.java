package io.zmqrpc.example.inventory;

import io.zmqrpc.RemoteError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fewer items on hand than an order asked for. Thrown by {@link InventoryService}, it crosses the
 * wire as {@code shop.OutOfStock} and is thrown again by the client proxy (see {@link ShopErrors}).
 *
 * <p>An aiozmq error carries only its type name, arguments and repr, not Java fields; the message
 * (its single argument) is therefore the contract, and {@link #fromRemote} reads the fields back
 * out of it. A Python server raising {@code shop.OutOfStock} interoperates by using the same text.
 */
public class OutOfStockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The name this exception travels under, for Java and Python peers alike. */
    public static final String REMOTE_TYPE = "shop.OutOfStock";

    private static final Pattern MESSAGE =
            Pattern.compile("out of stock: (\\S+) requested (-?\\d+), available (-?\\d+)");

    private final String sku;
    private final int requested;
    private final int available;

    /**
     * Creates the exception.
     *
     * @param sku the SKU
     * @param requested how many were asked for
     * @param available how many are on hand
     */
    public OutOfStockException(String sku, int requested, int available) {
        super("out of stock: " + sku + " requested " + requested + ", available " + available);
        this.sku = sku;
        this.requested = requested;
        this.available = available;
    }

    /**
     * Rebuilds the exception from what the inventory service said.
     *
     * @param error the remote error, type {@value #REMOTE_TYPE}
     * @return the exception, with its fields read from the message
     * @throws IllegalArgumentException when the message does not have the agreed form
     */
    public static OutOfStockException fromRemote(RemoteError error) {
        Matcher m = MESSAGE.matcher(error.message());
        if (!m.find()) {
            throw new IllegalArgumentException("not an out-of-stock message: " + error.message());
        }
        return new OutOfStockException(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /**
     * The SKU that ran short.
     *
     * @return the SKU
     */
    public String sku() {
        return sku;
    }

    /**
     * How many the order asked for.
     *
     * @return the requested quantity
     */
    public int requested() {
        return requested;
    }

    /**
     * How many were on hand.
     *
     * @return the available quantity
     */
    public int available() {
        return available;
    }
}
