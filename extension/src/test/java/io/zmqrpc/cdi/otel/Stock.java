package io.zmqrpc.cdi.otel;

/** The client interface of {@link StockService}. */
public interface Stock {

    /**
     * Takes one item.
     *
     * @param sku what
     * @return how many are left
     */
    int take(String sku);
}
