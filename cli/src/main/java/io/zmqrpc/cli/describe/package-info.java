/**
 * {@code zmqrpc describe}: asks a zmqrpc server for the reserved {@code _zmqrpc.describe} (off
 * unless the server enables it) and prints its methods.
 */
package io.zmqrpc.cli.describe;
