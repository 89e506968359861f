/**
 * Integration tests: the example WAR on real servers (Payara Micro, WildFly), driven over HTTP,
 * over ZeroMQ from Python's aiozmq and from the zmqrpc Java client, then stopped. One abstract
 * scenario ({@link io.zmqrpc.example.it.DeployedShopIT}), one subclass per server.
 */
package io.zmqrpc.example.it;
