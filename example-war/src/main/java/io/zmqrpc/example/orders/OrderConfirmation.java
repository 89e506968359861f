package io.zmqrpc.example.orders;

import io.zmqrpc.example.inventory.Reservation;

/**
 * The 201 answer to a placed order.
 *
 * @param orderId the order id (the inventory reservation's)
 * @param sku what was ordered
 * @param quantity how many
 * @param remaining what the inventory has left of that SKU
 */
public record OrderConfirmation(String orderId, String sku, int quantity, int remaining) {

    /**
     * The confirmation of an order served by a reservation.
     *
     * @param reservation what the inventory reserved
     * @return the confirmation
     */
    public static OrderConfirmation of(Reservation reservation) {
        return new OrderConfirmation(reservation.id(), reservation.sku(), reservation.quantity(), reservation.remaining());
    }
}
