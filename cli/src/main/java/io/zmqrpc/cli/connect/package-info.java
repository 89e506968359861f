/**
 * The command line's one contact with zmqrpc's client runtime: {@link io.zmqrpc.cli.connect.Clients}
 * opens the clients, {@link io.zmqrpc.cli.connect.CallFailures} turns what a call threw into an
 * exit code and a message.
 */
package io.zmqrpc.cli.connect;
