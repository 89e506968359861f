package io.zmqrpc.runtime.wire.time;

import io.zmqrpc.runtime.wire.StrictUtf8;
import io.zmqrpc.runtime.wire.WireFormatException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.zmqrpc.runtime.wire.time.Opcodes.*;

/**
 * Reads the tokens of a protocol-5 pickle one expected opcode at a time. It keeps no value stack:
 * the caller ({@link DateTimeDecoder}) says which opcode must come next, so any other opcode, a
 * length beyond the input, a memo reference to something other than a string, or bytes after STOP
 * is rejected where it occurs. All lengths are bounded by the payload, itself bounded by
 * {@link #MAX_PAYLOAD}.
 */
final class PickleReader {
    /** The largest CPython payload of this family is a datetime whose timezone has a long name. */
    static final int MAX_PAYLOAD = 1024;
    /** The deepest shape (a datetime with a named timezone) memoizes 15 values. */
    private static final int MAX_MEMO = 32;

    private final byte[] input;
    private final List<Object> memo = new ArrayList<>();
    private int position;

    PickleReader(byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw invalid("empty payload");
        }
        if (payload.length > MAX_PAYLOAD) {
            throw invalid("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        this.input = payload;
    }

    static IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("python datetime payload: " + problem);
    }

    /** PROTO 5, then one FRAME spanning exactly the rest of the input, as CPython frames it. */
    void header() {
        expect(PROTO, "PROTO");
        int protocol = u8();
        if (protocol != PROTOCOL) {
            throw invalid("pickle protocol " + protocol + ", expected " + PROTOCOL);
        }
        expect(FRAME, "FRAME");
        long declared = littleEndian(8);
        if (declared != input.length - position) {
            throw invalid("frame length " + Long.toUnsignedString(declared) + " does not match the "
                    + (input.length - position) + " bytes that follow");
        }
    }

    void end() {
        expect(STOP, "STOP");
        if (position != input.length) {
            throw invalid((input.length - position) + " trailing bytes after STOP");
        }
    }

    /** The next opcode, not consumed. */
    int peek() {
        require(1);
        return input[position] & 0xff;
    }

    /** A str: written inline (and memoized) or fetched from the memo where CPython saw it before. */
    String string() {
        int opcode = u8();
        if (opcode == BINGET) {
            int index = u8();
            if (index >= memo.size() || !(memo.get(index) instanceof String)) {
                throw invalid("BINGET " + index + " at offset " + (position - 2) + " does not refer to a string");
            }
            return (String) memo.get(index);
        }
        long length;
        if (opcode == SHORT_BINUNICODE) {
            length = u8();
        } else if (opcode == BINUNICODE) {
            length = littleEndian(4);
        } else {
            throw unexpected(opcode, "a string");
        }
        String value = utf8(take(length));
        memoize(value);
        return value;
    }

    byte[] bytes() {
        expect(SHORT_BINBYTES, "SHORT_BINBYTES");
        byte[] value = take(u8());
        memoize(value);
        return value;
    }

    int integer() {
        int opcode = u8();
        switch (opcode) {
            case BININT1:
                return u8();
            case BININT2:
                return (int) littleEndian(2);
            case BININT:
                return (int) littleEndian(4); // the cast restores the sign of a negative BININT
            default:
                throw unexpected(opcode, "an int");
        }
    }

    void stackGlobal() {
        expect(STACK_GLOBAL, "STACK_GLOBAL");
        memoize(STACK_GLOBAL);
    }

    void tuple(int size) {
        expect(Opcodes.tuple(size), "TUPLE" + size);
        memoize(Opcodes.tuple(size));
    }

    void reduce() {
        expect(REDUCE, "REDUCE");
        memoize(REDUCE);
    }

    /** Only strings are ever fetched back, so other memo entries just hold their slot. */
    private void memoize(Object value) {
        expect(MEMOIZE, "MEMOIZE");
        if (memo.size() == MAX_MEMO) {
            throw invalid("more than " + MAX_MEMO + " memoized values");
        }
        memo.add(value);
    }

    private void expect(int opcode, String name) {
        int actual = u8();
        if (actual != opcode) {
            throw unexpected(actual, name);
        }
    }

    private IllegalArgumentException unexpected(int opcode, String expected) {
        return invalid(String.format("unexpected opcode 0x%02x at offset %d, expected %s", opcode, position - 1, expected));
    }

    private int u8() {
        require(1);
        return input[position++] & 0xff;
    }

    private long littleEndian(int width) {
        require(width);
        long value = 0;
        for (int i = 0; i < width; i++) {
            value |= (long) (input[position++] & 0xff) << (8 * i);
        }
        return value;
    }

    private byte[] take(long length) {
        require(length);
        byte[] value = Arrays.copyOfRange(input, position, position + (int) length);
        position += (int) length;
        return value;
    }

    private void require(long length) {
        if (length > input.length - position) {
            throw invalid("truncated at offset " + position + ": " + length + " bytes needed, "
                    + (input.length - position) + " left");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StrictUtf8.decode(bytes, "string");
        } catch (WireFormatException e) {
            throw invalid(e.getMessage());
        }
    }
}
