package io.zmqrpc.example.orders;

/**
 * The JSON body of every error answer. Fields that do not apply to an error are null and left out
 * by JSON-B.
 *
 * @param error what went wrong, in a few words
 * @param detail more about it, or null
 * @param sku for out of stock: the SKU, else null
 * @param requested for out of stock: how many were ordered, else null
 * @param available for out of stock: how many are on hand, else null
 */
public record ErrorBody(String error, String detail, String sku, Integer requested, Integer available) {

    /**
     * An error without stock figures.
     *
     * @param error what went wrong
     * @param detail more about it
     * @return the body
     */
    public static ErrorBody of(String error, String detail) {
        return new ErrorBody(error, detail, null, null, null);
    }
}
