/**
 * Internal: the msgpack extension values 123..127 that aiozmq 1.0 uses for Python's {@code datetime}
 * family, translated to and from {@code java.time}.
 *
 * <p>aiozmq's payload is {@code pickle.dumps(obj, protocol=5)}. This package writes exactly the
 * bytes CPython writes and reads them back with a strict recognizer of those few fixed shapes
 * (globals from module {@code datetime} only, bounded sizes, no general unpickling), so a Java peer
 * never executes a pickle program. {@link io.zmqrpc.runtime.wire.time.PythonDateTimes} is the
 * entry point; everything here is internal to zmqrpc and may change without notice.
 */
package io.zmqrpc.runtime.wire.time;
