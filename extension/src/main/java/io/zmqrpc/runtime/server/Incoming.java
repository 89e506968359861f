package io.zmqrpc.runtime.server;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One message as the socket thread split it, before anything is decoded. For request/reply it
 * keeps the routing envelope and header to answer with; the flag makes sure a call is answered
 * once, whether by its handler, its timeout or the server's shutdown.
 */
final class Incoming extends AtomicBoolean {

    private static final long serialVersionUID = 1L;

    final byte[][] envelope;
    final byte[] header;
    final byte[] name;
    final byte[] args;
    final byte[] kwargs;

    Incoming(byte[][] envelope, byte[] header, byte[] name, byte[] args, byte[] kwargs) {
        this.envelope = envelope;
        this.header = header;
        this.name = name;
        this.args = args;
        this.kwargs = kwargs;
    }

    /** Claims the right to answer; true for exactly one caller. */
    boolean claim() {
        return compareAndSet(false, true);
    }
}
