/**
 * CURVE security for every pattern: key pairs ({@link io.zmqrpc.runtime.security.CurveKeys}), the
 * per-socket CURVE settings ({@link io.zmqrpc.runtime.transport.CurveSettings}, set through
 * the options builders' {@code curveServer/curveClient/curveAllow}), the process-wide ZAP handler that
 * enforces servers' allow-lists ({@link io.zmqrpc.runtime.security.ZapHandler}) and the watcher on
 * a server socket's monitor that logs refused peers ({@link io.zmqrpc.runtime.security.ServerSecurity}).
 *
 * <p>CURVE (ZMTP 3.0 CurveZMQ) encrypts every frame after the handshake and authenticates the server
 * to the client by its public key; the ZAP allow-list authenticates clients by theirs.
 */
package io.zmqrpc.runtime.security;
