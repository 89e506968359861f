/**
 * Internal: the reserved, opt-in {@code _zmqrpc.describe} method, with which a zmqrpc server lists
 * its remote methods, their parameter names and types (what {@code zmqrpc describe} prints). A
 * server serves it only when {@code describe(true)} is set on its options; otherwise the name gets
 * aiozmq's {@code NotFoundError} like any unknown name. The reply's shape is in
 * {@code docs/protocol.md}.
 */
package io.zmqrpc.runtime.describe;
