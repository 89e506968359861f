package io.zmqrpc.runtime.wire;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msgpack.core.ExtensionTypeHeader;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageSizeException;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * Reads one msgpack value received from a peer into plain Java values: {@code null},
 * {@code Boolean}, {@code Long} (or {@code BigInteger} above {@code Long.MAX_VALUE}),
 * {@code Double}, {@code String}, {@code byte[]}, {@code ArrayList}, {@code LinkedHashMap}, and ext
 * values through the translation table.
 *
 * <p>Nothing a peer declares is trusted: every declared length or element count is checked against
 * the bytes actually left before anything is allocated, nesting is bounded, text must be valid
 * UTF-8, and the value must use up the whole frame.
 */
final class ValueDecoder {

    private ValueDecoder() {
    }

    static Object decode(byte[] data, ExtTypes ext, DecodeLimits limits) {
        try (MessageUnpacker in = MessagePack.newDefaultUnpacker(data)) {
            if (!in.hasNext()) {
                throw new WireFormatException("empty msgpack frame");
            }
            Object value = new Reader(in, data.length, ext, limits).read(0);
            if (in.hasNext()) {
                throw new WireFormatException("trailing bytes after the msgpack value");
            }
            return value;
        } catch (WireFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new WireFormatException("invalid msgpack: " + e.getMessage(), e);
        }
    }

    private static final class Reader {

        private final MessageUnpacker in;
        private final long length;
        private final ExtTypes ext;
        private final DecodeLimits limits;

        Reader(MessageUnpacker in, long length, ExtTypes ext, DecodeLimits limits) {
            this.in = in;
            this.length = length;
            this.ext = ext;
            this.limits = limits;
        }

        private long remaining() {
            return length - in.getTotalReadBytes();
        }

        Object read(int depth) throws IOException {
            MessageFormat format = in.getNextFormat();
            if (format == MessageFormat.NEVER_USED) {
                throw new WireFormatException("invalid msgpack: byte 0xc1 is never used");
            }
            try {
                return read(format, depth);
            } catch (MessageSizeException e) {
                // msgpack-java refuses a u32 length above Integer.MAX_VALUE itself, without a message.
                throw tooLarge(format.getValueType(), e.getSize());
            }
        }

        private WireFormatException tooLarge(ValueType type, long size) {
            String kind = switch (type) {
                case STRING -> "str";
                case BINARY -> "bin";
                case EXTENSION -> "ext";
                case ARRAY -> "array";
                default -> "map";
            };
            if (type == ValueType.ARRAY || type == ValueType.MAP) {
                return new WireFormatException(kind + " of " + size + " elements exceeds the limit of "
                        + limits.maxContainerSize());
            }
            return new WireFormatException(kind + " declares " + size + " bytes but only " + remaining() + " remain");
        }

        private Object read(MessageFormat format, int depth) throws IOException {
            switch (format.getValueType()) {
                case NIL:
                    in.unpackNil();
                    return null;
                case BOOLEAN:
                    return in.unpackBoolean();
                case INTEGER:
                    if (format == MessageFormat.UINT64) {
                        BigInteger big = in.unpackBigInteger();
                        return big.bitLength() < 64 ? (Object) big.longValue() : big;
                    }
                    return in.unpackLong();
                case FLOAT:
                    return format == MessageFormat.FLOAT32 ? (double) in.unpackFloat() : in.unpackDouble();
                case STRING:
                    return StrictUtf8.decode(payload(in.unpackRawStringHeader(), "str"), "str");
                case BINARY:
                    return payload(in.unpackBinaryHeader(), "bin");
                case ARRAY:
                    return array(depth);
                case MAP:
                    return map(depth);
                case EXTENSION:
                    ExtensionTypeHeader header = in.unpackExtensionTypeHeader();
                    return ext.decode(header.getType(), payload(header.getLength(), "ext"));
                default:
                    throw new WireFormatException("invalid msgpack format " + format);
            }
        }

        private byte[] payload(int declared, String kind) throws IOException {
            // A negative int here is a u32 length above 2 GiB: certainly more than we received.
            if (declared < 0 || declared > remaining()) {
                throw new WireFormatException(kind + " declares " + Integer.toUnsignedString(declared)
                        + " bytes but only " + remaining() + " remain");
            }
            return in.readPayload(declared);
        }

        private int count(int declared, int bytesPerElement, String kind) {
            if (declared < 0 || declared > limits.maxContainerSize()) {
                throw new WireFormatException(kind + " of " + Integer.toUnsignedString(declared)
                        + " elements exceeds the limit of " + limits.maxContainerSize());
            }
            // Every element takes at least one byte: a count beyond the bytes left is a lie.
            if ((long) declared * bytesPerElement > remaining()) {
                throw new WireFormatException(kind + " declares " + declared + " elements but only "
                        + remaining() + " bytes remain");
            }
            return declared;
        }

        private void checkDepth(int depth) {
            if (depth >= limits.maxDepth()) {
                throw new WireFormatException("msgpack nesting deeper than " + limits.maxDepth() + " levels");
            }
        }

        private List<Object> array(int depth) throws IOException {
            checkDepth(depth);
            int n = count(in.unpackArrayHeader(), 1, "array");
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(read(depth + 1));
            }
            return list;
        }

        private Map<Object, Object> map(int depth) throws IOException {
            checkDepth(depth);
            int n = count(in.unpackMapHeader(), 2, "map");
            Map<Object, Object> map = new LinkedHashMap<>(n * 4 / 3 + 1);
            for (int i = 0; i < n; i++) {
                Object key = read(depth + 1);
                if (key instanceof List || key instanceof Map) {
                    throw new WireFormatException("map key must not be an array or a map");
                }
                map.put(key, read(depth + 1));
            }
            return map;
        }
    }
}
