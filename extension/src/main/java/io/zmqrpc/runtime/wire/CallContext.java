package io.zmqrpc.runtime.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePackException;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * The call-context frame, zmqrpc's own extension of the request (PROTOCOL.md, "zmqrpc's own
 * extensions"): one frame a zmqrpc client puts in front of the four request frames when it has
 * something to carry, the caller's deadline and text entries such as a trace context. It starts
 * with {@link #MAGIC}, eight bytes whose first is zero and which no routing identity takes
 * (ZeroMQ reserves identities starting with a zero byte and generates five-byte ones), followed by
 * a msgpack map with string keys: {@value #TIME_LEFT_KEY} (an unsigned integer, the milliseconds
 * left before the caller's deadline when the call was sent) and any number of string entries.
 *
 * <p>An aiozmq server takes the frame for part of the routing envelope and sends it back in front
 * of its reply; a zmqrpc server reads it and does not echo it.
 *
 * @param timeLeftMillis milliseconds left before the caller's deadline when sent; -1 for none
 * @param metadata the text entries, read-only
 */
public record CallContext(long timeLeftMillis, Map<String, String> metadata) {

    /** The frame's first bytes: a zero byte, then {@code zmqrpc}, then the format version 1. */
    public static final byte[] MAGIC = {0, 'z', 'm', 'q', 'r', 'p', 'c', 1};
    /** The key of the deadline's entry. */
    public static final String TIME_LEFT_KEY = "time_left_ms";
    /** A context frame longer than this is not read (it is ignored, and the call is served). */
    public static final int MAX_LENGTH = 8192;
    /** No deadline, no entries: what a call from an aiozmq client has. */
    public static final CallContext NONE = new CallContext(-1, Map.of());
    private static final byte[] TIME_LEFT = TIME_LEFT_KEY.getBytes(StandardCharsets.US_ASCII);

    /**
     * Whether a frame is a call-context frame.
     *
     * @param frame a frame
     * @return true when it starts with {@link #MAGIC}
     */
    public static boolean isContext(byte[] frame) {
        return frame.length >= MAGIC.length && Arrays.equals(frame, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /**
     * Encodes a frame.
     *
     * @param timeLeftMillis the time left, or -1 for no deadline entry; a passed deadline is sent as 0
     * @param metadata the text entries, or null
     * @return the frame
     */
    public static byte[] encode(long timeLeftMillis, Map<String, String> metadata) {
        // Written by hand: this runs once per call, and a msgpack buffer packer starts with 8 KiB.
        int entries = (timeLeftMillis >= 0 ? 1 : 0) + (metadata == null ? 0 : metadata.size());
        byte[][] texts = new byte[2 * (metadata == null ? 0 : metadata.size())][];
        int length = MAGIC.length + 5 + (timeLeftMillis >= 0 ? 1 + TIME_LEFT.length + 9 : 0);
        if (metadata != null) {
            int i = 0;
            for (Map.Entry<String, String> e : metadata.entrySet()) {
                texts[i] = e.getKey().getBytes(StandardCharsets.UTF_8);
                texts[i + 1] = e.getValue().getBytes(StandardCharsets.UTF_8);
                length += 10 + texts[i].length + texts[i + 1].length;
                i += 2;
            }
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        out.put(MAGIC);
        if (entries < 16) {
            out.put((byte) (0x80 | entries));
        } else {
            out.put((byte) 0xdf).putInt(entries);
        }
        if (timeLeftMillis >= 0) {
            putString(out, TIME_LEFT);
            putUnsigned(out, timeLeftMillis);
        }
        for (byte[] text : texts) {
            putString(out, text);
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    private static void putString(ByteBuffer out, byte[] utf8) {
        int n = utf8.length;
        if (n < 32) {
            out.put((byte) (0xa0 | n));
        } else if (n < 0x100) {
            out.put((byte) 0xd9).put((byte) n);
        } else if (n < 0x10000) {
            out.put((byte) 0xda).putShort((short) n);
        } else {
            out.put((byte) 0xdb).putInt(n);
        }
        out.put(utf8);
    }

    private static void putUnsigned(ByteBuffer out, long value) {
        if (value < 0x80) {
            out.put((byte) value);
        } else if (value < 0x10000) {
            out.put((byte) 0xcd).putShort((short) value);
        } else if (value < 0x100000000L) {
            out.put((byte) 0xce).putInt((int) value);
        } else {
            out.put((byte) 0xcf).putLong(value);
        }
    }

    /**
     * Decodes a frame that {@link #isContext is one}.
     *
     * @param frame the frame
     * @return the context
     * @throws WireFormatException naming what is wrong: too long, not a map, a key not a string,
     *     an entry of the wrong type, bytes after the map
     */
    public static CallContext decode(byte[] frame) {
        if (frame.length > MAX_LENGTH) {
            throw new WireFormatException("call-context frame of " + frame.length + " bytes, over " + MAX_LENGTH);
        }
        try (MessageUnpacker in = MessagePack.newDefaultUnpacker(frame, MAGIC.length, frame.length - MAGIC.length)) {
            if (!in.hasNext() || in.getNextFormat().getValueType() != ValueType.MAP) {
                throw new WireFormatException("call-context frame must hold a msgpack map");
            }
            int n = in.unpackMapHeader();
            long timeLeft = -1;
            Map<String, String> metadata = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                if (in.getNextFormat().getValueType() != ValueType.STRING) {
                    throw new WireFormatException("call-context keys must be strings, got "
                            + in.getNextFormat().getValueType());
                }
                String key = in.unpackString();
                MessageFormat format = in.getNextFormat();
                if (TIME_LEFT_KEY.equals(key)) {
                    if (format.getValueType() != ValueType.INTEGER) {
                        throw new WireFormatException("call-context " + TIME_LEFT_KEY + " must be an integer, got "
                                + format.getValueType());
                    }
                    timeLeft = Math.max(0, in.unpackLong());
                } else if (format.getValueType() == ValueType.STRING) {
                    metadata.put(key, in.unpackString());
                } else {
                    throw new WireFormatException("call-context entry " + key + " must be a string, got "
                            + format.getValueType());
                }
            }
            if (in.hasNext()) {
                throw new WireFormatException("call-context frame has bytes after its map");
            }
            return new CallContext(timeLeft, Collections.unmodifiableMap(metadata));
        } catch (MessagePackException | IOException e) {
            throw new WireFormatException("unreadable call-context frame: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the caller sent a deadline.
     *
     * @return true when it did
     */
    public boolean hasDeadline() {
        return timeLeftMillis >= 0;
    }
}
