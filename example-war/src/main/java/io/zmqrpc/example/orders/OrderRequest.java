package io.zmqrpc.example.orders;

/**
 * The body of {@code POST /api/orders}: {@code {"sku":"apple","quantity":3}}.
 *
 * @param sku what to order
 * @param quantity how many, positive
 */
public record OrderRequest(String sku, int quantity) {
}
