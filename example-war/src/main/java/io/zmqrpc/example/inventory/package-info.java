/**
 * The inventory service: a {@code @RemoteEndpoint} bean ({@link io.zmqrpc.example.inventory.InventoryService}),
 * the typed client interface other services call it through
 * ({@link io.zmqrpc.example.inventory.Inventory}), and its domain error, which travels as
 * {@code shop.OutOfStock} thanks to {@link io.zmqrpc.example.inventory.ShopErrors}.
 */
package io.zmqrpc.example.inventory;
