/**
 * What several commands share on their command line: endpoints and durations checked before
 * anything is sent, and the CURVE client options.
 */
package io.zmqrpc.cli.options;
