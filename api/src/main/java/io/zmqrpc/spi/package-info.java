/**
 * Extension points of zmqrpc: how remote exception names map to Java exceptions
 * ({@link io.zmqrpc.spi.ErrorMappingProvider}, {@link io.zmqrpc.spi.ErrorMappings},
 * {@link io.zmqrpc.spi.ErrorRegistry}), how custom types travel as msgpack extension values
 * ({@link io.zmqrpc.spi.ValueTranslator}), and handlers that resolve remote names at call time
 * ({@link io.zmqrpc.spi.DynamicHandler}, {@link io.zmqrpc.spi.RemoteCall}).
 *
 * <p>Providers are found through {@link java.util.ServiceLoader} in plain Java and as CDI beans in a
 * container; the implementation's defaults come after user entries, so users always win.
 */
package io.zmqrpc.spi;
