package io.zmqrpc.example.inventory;

/**
 * Stock taken out for one order. It travels as a msgpack map ({@code {"id": ..., "sku": ...}}),
 * which is what Python callers receive as a dict.
 *
 * @param id the reservation id, also the order id
 * @param sku the SKU
 * @param quantity how many were reserved
 * @param remaining what is left on hand after this reservation
 */
public record Reservation(String id, String sku, int quantity, int remaining) {
}
