/**
 * Internal: the CURVE settings of {@code @RemoteEndpoint} beans and {@code @RpcClient} injection
 * points, read from attributes and configuration keys and checked at deployment (key files read,
 * Z85 checked, partial client key sets refused), without ever putting a secret key in a message.
 */
package io.zmqrpc.cdi.security;
