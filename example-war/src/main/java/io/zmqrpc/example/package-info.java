/**
 * A small shop in two services: an order service ({@link io.zmqrpc.example.orders}, JAX-RS over
 * HTTP) reserves stock from an inventory service ({@link io.zmqrpc.example.inventory}) over zmqrpc.
 * Both run in one deployment here for the sake of a single example, but they only meet through a
 * ZeroMQ address, so either could move to its own process (or be replaced by a Python aiozmq peer).
 */
package io.zmqrpc.example;
