package io.zmqrpc.interop;

/**
 * The application exception the interop tests map to Python's {@code mymod.OutOfStock}. Its only
 * constructor takes the fields, so the registry must bind the remote args ({@code "sku-1", 3}) to
 * them.
 */
public class OutOfStockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sku;
    private final long qty;

    /**
     * Creates the exception.
     *
     * @param sku the item
     * @param qty how many are left
     */
    public OutOfStockException(String sku, long qty) {
        super("out of stock: " + sku + ", " + qty + " left");
        this.sku = sku;
        this.qty = qty;
    }

    /**
     * The item.
     *
     * @return the sku
     */
    public String sku() {
        return sku;
    }

    /**
     * How many are left.
     *
     * @return the quantity
     */
    public long qty() {
        return qty;
    }
}
