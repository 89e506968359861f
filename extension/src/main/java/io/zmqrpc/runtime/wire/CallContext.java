package io.zmqrpc.runtime.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.msgpack.core.MessageFormat;
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
    private static final byte[][] NO_TEXTS = new byte[0][];

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
        // Written by hand, to the exact length: this runs once per call, and a msgpack buffer
        // packer starts with 8 KiB.
        int pairs = metadata == null ? 0 : metadata.size();
        int entries = (timeLeftMillis >= 0 ? 1 : 0) + pairs;
        byte[][] texts = pairs == 0 ? NO_TEXTS : new byte[2 * pairs][];
        int length = MAGIC.length + (entries < 16 ? 1 : 5);
        if (timeLeftMillis >= 0) {
            length += stringLength(TIME_LEFT.length) + unsignedLength(timeLeftMillis);
        }
        if (pairs > 0) {
            int i = 0;
            for (Map.Entry<String, String> e : metadata.entrySet()) {
                texts[i] = e.getKey().getBytes(StandardCharsets.UTF_8);
                texts[i + 1] = e.getValue().getBytes(StandardCharsets.UTF_8);
                length += stringLength(texts[i].length) + stringLength(texts[i + 1].length);
                i += 2;
            }
        }
        byte[] frame = new byte[length];
        ByteBuffer out = ByteBuffer.wrap(frame);
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
        return frame;
    }

    private static int stringLength(int n) {
        return n + (n < 32 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : 5);
    }

    private static int unsignedLength(long value) {
        return value < 0x80 ? 1 : value < 0x10000 ? 3 : value < 0x100000000L ? 5 : 9;
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
     * Decodes a frame that {@link #isContext is one}. Read by hand, as it is written: once per
     * call on the server, where a msgpack unpacker would cost several objects.
     *
     * @param frame the frame
     * @return the context
     * @throws WireFormatException naming what is wrong: too long, not a map, a key not a string,
     *     an entry of the wrong type, text that is not UTF-8, bytes after the map, too few bytes
     */
    public static CallContext decode(byte[] frame) {
        if (frame.length > MAX_LENGTH) {
            throw new WireFormatException("call-context frame of " + frame.length + " bytes, over " + MAX_LENGTH);
        }
        Reader in = new Reader(frame);
        if (!in.hasNext() || in.nextType() != ValueType.MAP) {
            throw new WireFormatException("call-context frame must hold a msgpack map");
        }
        int n = in.mapHeader();
        long timeLeft = -1;
        Map<String, String> metadata = null;
        for (int i = 0; i < n; i++) {
            if (in.nextType() != ValueType.STRING) {
                throw new WireFormatException("call-context keys must be strings, got " + in.nextType());
            }
            String key = in.string();
            ValueType type = in.nextType();
            if (TIME_LEFT_KEY.equals(key)) {
                if (type != ValueType.INTEGER) {
                    throw new WireFormatException("call-context " + TIME_LEFT_KEY + " must be an integer, got " + type);
                }
                timeLeft = Math.max(0, in.integer());
            } else if (type == ValueType.STRING) {
                if (metadata == null) {
                    metadata = new LinkedHashMap<>();
                }
                metadata.put(key, in.string());
            } else {
                throw new WireFormatException("call-context entry " + key + " must be a string, got " + type);
            }
        }
        if (in.hasNext()) {
            throw new WireFormatException("call-context frame has bytes after its map");
        }
        return new CallContext(timeLeft, metadata == null ? Map.of() : Collections.unmodifiableMap(metadata));
    }

    /** Reads the few msgpack forms a context frame holds; anything cut short is unreadable. */
    private static final class Reader {
        private final byte[] bytes;
        private int at = MAGIC.length;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean hasNext() {
            return at < bytes.length;
        }

        ValueType nextType() {
            need(1);
            MessageFormat format = MessageFormat.valueOf(bytes[at]);
            if (format == MessageFormat.NEVER_USED) {
                throw new WireFormatException("unreadable call-context frame: byte 0xc1 is never used");
            }
            return format.getValueType();
        }

        int mapHeader() {
            int b = bytes[at++] & 0xff;
            if ((b & 0xf0) == 0x80) {
                return b & 0x0f;
            }
            return b == 0xde ? (int) unsigned(2) : sized((int) unsigned(4));
        }

        String string() {
            int b = bytes[at++] & 0xff;
            int n;
            if ((b & 0xe0) == 0xa0) {
                n = b & 0x1f;
            } else if (b == 0xd9) {
                n = (int) unsigned(1);
            } else if (b == 0xda) {
                n = (int) unsigned(2);
            } else {
                n = sized((int) unsigned(4));
            }
            need(n);
            String text = StrictUtf8.decode(Arrays.copyOfRange(bytes, at, at + n), "call-context text");
            at += n;
            return text;
        }

        long integer() {
            int b = bytes[at++] & 0xff;
            if (b < 0x80) {
                return b;
            }
            if (b >= 0xe0) {
                return (byte) b;
            }
            return switch (b) {
                case 0xcc -> unsigned(1);
                case 0xcd -> unsigned(2);
                case 0xce -> unsigned(4);
                case 0xcf -> {
                    long value = unsigned(8);
                    // Above Long.MAX_VALUE ms: as good as no deadline, not a passed one.
                    yield value < 0 ? Long.MAX_VALUE : value;
                }
                // The bytes as unsigned, cast to the width: two's complement does the rest.
                case 0xd0 -> (byte) unsigned(1);
                case 0xd1 -> (short) unsigned(2);
                case 0xd2 -> (int) unsigned(4);
                default -> unsigned(8);
            };
        }

        private long unsigned(int n) {
            need(n);
            long value = 0;
            for (int i = 0; i < n; i++) {
                value = value << 8 | (bytes[at++] & 0xff);
            }
            return value;
        }

        private static int sized(int n) {
            if (n < 0) {
                throw new WireFormatException("unreadable call-context frame: a length of over 2^31");
            }
            return n;
        }

        private void need(int n) {
            if (n > bytes.length - at) {
                throw new WireFormatException("unreadable call-context frame: it ends " + (n - (bytes.length - at))
                        + " bytes short");
            }
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
