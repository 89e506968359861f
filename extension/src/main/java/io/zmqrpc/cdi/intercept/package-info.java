/**
 * Internal: CDI interceptors around the calls of injected typed clients. The interceptor bindings
 * of a client interface and its methods are resolved through the bean manager, the interceptors
 * run in priority order around each remote call, and a MicroProfile Fault Tolerance
 * {@code @Timeout} shortens the call's own timeout.
 */
package io.zmqrpc.cdi.intercept;
