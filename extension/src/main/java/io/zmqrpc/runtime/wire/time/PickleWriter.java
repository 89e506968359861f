package io.zmqrpc.runtime.wire.time;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static io.zmqrpc.runtime.wire.time.Opcodes.*;

/**
 * Writes a pickle byte for byte as CPython's protocol-5 pickler does for the datetime family:
 * every string, bytes, global, tuple and reduce result is memoized, and the {@code "datetime"}
 * module name is written once and then fetched from the memo.
 */
final class PickleWriter {
    private static final int MODULE_MEMO_INDEX = 0;

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(128);
    private int memoSize;

    /** Pushes the class, as {@code STACK_GLOBAL} of the module and class names. */
    PickleWriter global(PythonClass pythonClass) {
        if (memoSize == 0) {
            string(PythonClass.MODULE);
        } else {
            body.write(BINGET);
            body.write(MODULE_MEMO_INDEX);
        }
        string(pythonClass.pythonName);
        body.write(STACK_GLOBAL);
        return memoize();
    }

    PickleWriter bytes(byte[] value) {
        body.write(SHORT_BINBYTES);
        body.write(value.length);
        body.writeBytes(value);
        return memoize();
    }

    /** Chooses the shortest of BININT1, BININT2 and BININT, as Python does for small ints. */
    PickleWriter integer(int value) {
        if (value >= 0 && value <= 0xff) {
            body.write(BININT1);
            body.write(value);
        } else if (value >= 0 && value <= 0xffff) {
            body.write(BININT2);
            littleEndian(value, 2);
        } else {
            body.write(BININT);
            littleEndian(value, 4);
        }
        return this;
    }

    PickleWriter tuple(int size) {
        body.write(Opcodes.tuple(size));
        return memoize();
    }

    PickleWriter reduce() {
        body.write(REDUCE);
        return memoize();
    }

    /** Ends the program and puts the protocol and frame header in front of it. */
    byte[] finish() {
        body.write(STOP);
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_LENGTH + body.size());
        out.write(PROTO);
        out.write(PROTOCOL);
        out.write(FRAME);
        long length = body.size();
        for (int i = 0; i < 8; i++) {
            out.write((int) (length >>> (8 * i)));
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private void string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        body.write(SHORT_BINUNICODE);
        body.write(utf8.length);
        body.writeBytes(utf8);
        memoize();
    }

    private PickleWriter memoize() {
        body.write(MEMOIZE);
        memoSize++;
        return this;
    }

    private void littleEndian(int value, int width) {
        for (int i = 0; i < width; i++) {
            body.write(value >>> (8 * i));
        }
    }
}
