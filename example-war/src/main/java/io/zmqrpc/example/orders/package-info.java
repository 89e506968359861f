/**
 * The order service: JAX-RS resources under {@code /api} that call the inventory service through
 * an injected typed zmqrpc client, and the mappers that turn its failures into JSON answers
 * (409 for out of stock, 502 when the inventory cannot be reached).
 */
package io.zmqrpc.example.orders;
