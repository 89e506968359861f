/**
 * MicroProfile Fault Tolerance on an injected client interface, with SmallRye Fault Tolerance in
 * Weld SE, against a real zmqrpc endpoint that fails on purpose.
 */
package io.zmqrpc.cdi.faulttolerance;
