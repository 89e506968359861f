/** {@code zmqrpc publish}: one pub/sub call on a topic, after waiting for a subscriber. */
package io.zmqrpc.cli.publish;
