/**
 * The command line's one contact with zmqrpc's client runtime: {@link io.zmqrpc.cli.connect.Clients}
 * opens request/reply clients, {@link io.zmqrpc.cli.connect.CallFailures} turns what a call threw
 * into an exit code and a message, and {@link io.zmqrpc.cli.connect.OneWaySocket} sends the
 * one-way messages of {@code notify} and {@code publish}.
 */
package io.zmqrpc.cli.connect;
