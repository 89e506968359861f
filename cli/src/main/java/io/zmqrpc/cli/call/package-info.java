/** {@code zmqrpc call}: request/reply calls, one from the command line or one per line of stdin. */
package io.zmqrpc.cli.call;
