/**
 * Internal: the server side of the CDI extension. Endpoint declarations read from
 * {@code @RemoteEndpoint} and configuration, beans grouped by address into one server each, the
 * handler tree of their contextual references, and the servers' start and stop.
 */
package io.zmqrpc.cdi.server;
