/**
 * The zmqrpc echo as a CDI application in Weld SE: a {@code @RemoteEndpoint} bean server and an
 * {@code @Inject @RpcClient} client, so that the benchmark can put the extension beside the
 * plain-Java runtime in the same run.
 */
package io.zmqrpc.bench.cdi;
