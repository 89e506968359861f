/**
 * {@code zmqrpc listen}: a PULL or SUB socket that prints each notification it receives as one
 * JSON line. It reads the frames itself rather than serving a handler, because a server's
 * handlers never see the topic.
 */
package io.zmqrpc.cli.listen;
