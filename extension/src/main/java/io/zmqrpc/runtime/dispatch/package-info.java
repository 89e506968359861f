/**
 * Internal: the one dispatcher of all three patterns. It resolves a dotted remote name to a
 * {@link io.zmqrpc.RpcMethod} method of a handler (or a dynamic handler's call), binds positional
 * and keyword arguments the way Python's {@code Signature.bind} does, converting them to the
 * declared parameter types, and invokes the method.
 */
package io.zmqrpc.runtime.dispatch;
