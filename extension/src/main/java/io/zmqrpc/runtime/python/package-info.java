/**
 * Internal: Python's own rules that zmqrpc reproduces so that Python peers read what Python would
 * write, used by the dispatcher (aiozmq's error messages) and the error replies (exception reprs).
 * Not part of the public API.
 */
package io.zmqrpc.runtime.python;
