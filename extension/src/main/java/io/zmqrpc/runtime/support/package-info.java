/**
 * Internal: small helpers that servers, clients and security all use and that belong to none of
 * them (rate-limited logging of what peers send).
 */
package io.zmqrpc.runtime.support;
