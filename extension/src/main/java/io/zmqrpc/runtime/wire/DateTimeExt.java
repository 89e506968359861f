package io.zmqrpc.runtime.wire;

import io.zmqrpc.ExtValue;

/** The default translators for Python's datetime family, ext codes 123..127. */
final class DateTimeExt {

    private DateTimeExt() {
    }

    /**
     * The ext code a value packs under by default, or -1.
     *
     * @param value the value
     * @return 123..127 or -1
     */
    static int codeFor(Object value) {
        return -1;
    }

    static byte[] pack(Object value) {
        throw new IllegalArgumentException("not a datetime value: " + value.getClass().getName());
    }

    static Object decode(byte code, byte[] data) {
        return new ExtValue(code, data);
    }
}
