/** {@code zmqrpc keygen}: a CURVE key pair, printed and optionally written as certificate files. */
package io.zmqrpc.cli.keygen;
