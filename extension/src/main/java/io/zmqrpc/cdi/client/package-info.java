/**
 * Internal: the client side of the CDI extension. Client declarations read from {@code @RpcClient}
 * injection points and configuration, and the shared connections behind the injected clients.
 */
package io.zmqrpc.cdi.client;
