package io.zmqrpc.runtime.wire;

import io.zmqrpc.ExtValue;
import io.zmqrpc.runtime.wire.time.PythonDateTimes;

/**
 * The default translators for Python's datetime family, ext codes 123..127, over the strict pickle
 * codec of {@link PythonDateTimes}; an ext value outside that family is kept as an {@link ExtValue}.
 */
final class DateTimeExt {

    private static final int FIRST_CODE = 123;

    private DateTimeExt() {
    }

    /** The ext code a value packs under by default, or -1. */
    static int codeFor(Object value) {
        return PythonDateTimes.codeFor(value);
    }

    static byte[] pack(Object value) {
        return PythonDateTimes.pack(value);
    }

    static Object decode(byte code, byte[] data) {
        if (code >= FIRST_CODE) {
            return PythonDateTimes.unpack(code, data);
        }
        return new ExtValue(code, data);
    }
}
