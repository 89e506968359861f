/**
 * The one thing an implementation gives the TCK: a {@link io.zmqrpc.tck.spi.Container} that starts
 * CDI containers with the implementation's extension.
 */
package io.zmqrpc.tck.spi;
