package io.zmqrpc.runtime.wire.time;

/** The pickle opcodes CPython 3.11 uses for the datetime family at protocol 5; nothing else is read or written. */
final class Opcodes {
    static final int PROTO = 0x80;
    static final int FRAME = 0x95;
    static final int SHORT_BINUNICODE = 0x8c;
    static final int BINUNICODE = 'X';
    static final int SHORT_BINBYTES = 'C';
    static final int MEMOIZE = 0x94;
    static final int BINGET = 'h';
    static final int STACK_GLOBAL = 0x93;
    static final int BININT = 'J';
    static final int BININT1 = 'K';
    static final int BININT2 = 'M';
    static final int TUPLE1 = 0x85;
    static final int TUPLE2 = 0x86;
    static final int TUPLE3 = 0x87;
    static final int REDUCE = 'R';
    static final int STOP = '.';

    /** The protocol aiozmq 1.0 uses ({@code pickle.HIGHEST_PROTOCOL} on Python 3.8 and later). */
    static final int PROTOCOL = 5;
    /** PROTO (2 bytes) and FRAME with its 8-byte length precede the framed body. */
    static final int HEADER_LENGTH = 11;

    static int tuple(int size) {
        return TUPLE1 + size - 1;
    }

    private Opcodes() {
    }
}
