/** {@code zmqrpc notify}: one pipeline notification (PUSH), fire and forget. */
package io.zmqrpc.cli.notify;
