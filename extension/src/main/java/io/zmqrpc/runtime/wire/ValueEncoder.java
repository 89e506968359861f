package io.zmqrpc.runtime.wire;

import io.zmqrpc.ExtValue;
import io.zmqrpc.runtime.convert.StructuredType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePacker;

/**
 * Writes one Java value as msgpack, the way aiozmq packs ({@code use_bin_type=True}: text as str,
 * bytes as bin). Used by one thread at a time (pooled by {@link ValueCodec}); it keeps its buffer and the
 * stack of open containers between calls so that encoding allocates little more than the result.
 */
final class ValueEncoder {

    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final int MAX_DEPTH = 256;

    private final Buffer out = new Buffer();
    private MessagePacker packer = MessagePack.newDefaultPacker(out);
    /** Containers open on the current path, to detect cycles exactly. */
    private final Object[] open = new Object[MAX_DEPTH];
    private int depth;

    byte[] encode(Object value, ExtTypes ext) {
        out.reset();
        depth = 0;
        try {
            write(value, ext);
            packer.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // The packer may hold a partial value in its own buffer: start afresh next time.
            packer = MessagePack.newDefaultPacker(out);
            Arrays.fill(open, null);
            throw e;
        } finally {
            for (int i = 0; i < depth; i++) {
                open[i] = null;
            }
        }
    }

    private void write(Object v, ExtTypes ext) throws IOException {
        if (v == null) {
            packer.packNil();
        } else if (v instanceof String s) {
            packer.packString(s);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            packer.packLong(((Number) v).longValue());
        } else if (v instanceof Double d) {
            packer.packDouble(d);
        } else if (v instanceof Boolean b) {
            packer.packBoolean(b);
        } else if (v instanceof byte[] bytes) {
            packer.packBinaryHeader(bytes.length).writePayload(bytes);
        } else if (v instanceof Float f) {
            packer.packFloat(f);
        } else if (v instanceof Map<?, ?> map) {
            writeMap(map, ext);
        } else if (v instanceof Collection<?> list) {
            writeCollection(list, ext);
        } else {
            writeOther(v, ext);
        }
    }

    private void writeOther(Object v, ExtTypes ext) throws IOException {
        int code = ext.codeFor(v);
        if (code >= 0) {
            writeExt(code, ext.pack(code, v));
        } else if (v instanceof BigInteger big) {
            if (big.signum() < 0 ? big.bitLength() > 63 : big.compareTo(U64_MAX) > 0) {
                throw new UnencodableValueException("integer " + big + " does not fit msgpack's 64 bits", "");
            }
            packer.packBigInteger(big);
        } else if (v instanceof Character c) {
            packer.packString(c.toString());
        } else if (v instanceof Enum<?> e) {
            packer.packString(e.name());
        } else if (v instanceof ExtValue x) {
            writeExt(x.code(), x.data());
        } else if (v instanceof Optional<?> o) {
            write(o.orElse(null), ext);
        } else if (v instanceof OptionalInt o) {
            write(o.isPresent() ? (Object) o.getAsInt() : null, ext);
        } else if (v instanceof OptionalLong o) {
            write(o.isPresent() ? (Object) o.getAsLong() : null, ext);
        } else if (v instanceof OptionalDouble o) {
            write(o.isPresent() ? (Object) o.getAsDouble() : null, ext);
        } else if (v instanceof ByteBuffer bb) {
            ByteBuffer copy = bb.duplicate();
            packer.packBinaryHeader(copy.remaining());
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            packer.writePayload(bytes);
        } else if (v.getClass().isArray()) {
            writeArray(v, ext);
        } else {
            StructuredType type = StructuredType.of(v.getClass());
            if (type == null) {
                throw new UnencodableValueException("unsupported type " + v.getClass().getName()
                        + " (not a record, a JavaBean, or a type with a value translator)", "");
            }
            writeStructure(v, type, ext);
        }
    }

    private void writeExt(int code, byte[] data) throws IOException {
        packer.packExtensionTypeHeader((byte) code, data.length);
        packer.writePayload(data);
    }

    private void enter(Object container) {
        for (int i = 0; i < depth; i++) {
            if (open[i] == container) {
                throw new UnencodableValueException("cycle: a " + container.getClass().getName()
                        + " contains itself", "");
            }
        }
        if (depth == MAX_DEPTH) {
            throw new UnencodableValueException("nesting deeper than " + MAX_DEPTH + " levels", "");
        }
        open[depth++] = container;
    }

    private void leave() {
        open[--depth] = null;
    }

    private void writeCollection(Collection<?> list, ExtTypes ext) throws IOException {
        enter(list);
        packer.packArrayHeader(list.size());
        int i = 0;
        for (Object item : list) {
            try {
                write(item, ext);
            } catch (UnencodableValueException e) {
                throw e.under("[" + i + "]");
            }
            i++;
        }
        leave();
    }

    private void writeArray(Object array, ExtTypes ext) throws IOException {
        enter(array);
        int n = Array.getLength(array);
        packer.packArrayHeader(n);
        for (int i = 0; i < n; i++) {
            try {
                write(Array.get(array, i), ext);
            } catch (UnencodableValueException e) {
                throw e.under("[" + i + "]");
            }
        }
        leave();
    }

    private void writeMap(Map<?, ?> map, ExtTypes ext) throws IOException {
        enter(map);
        packer.packMapHeader(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = writeKey(entry.getKey());
            try {
                write(entry.getValue(), ext);
            } catch (UnencodableValueException e) {
                throw e.under(key);
            }
        }
        leave();
    }

    /** Python's msgpack refuses map keys other than str and bytes (strict_map_key). */
    private String writeKey(Object key) throws IOException {
        if (key instanceof String s) {
            packer.packString(s);
            return s;
        }
        if (key instanceof Enum<?> e) {
            packer.packString(e.name());
            return e.name();
        }
        if (key instanceof Character c) {
            packer.packString(c.toString());
            return c.toString();
        }
        if (key instanceof byte[] bytes) {
            packer.packBinaryHeader(bytes.length).writePayload(bytes);
            return "<bytes>";
        }
        String type = key == null ? "null" : key.getClass().getName();
        throw new UnencodableValueException("map key of type " + type + " (" + key + ") cannot reach a Python peer, "
                + "whose msgpack accepts only str and bytes keys: use String keys", "");
    }

    private void writeStructure(Object value, StructuredType type, ExtTypes ext) throws IOException {
        enter(value);
        int n = type.size();
        packer.packMapHeader(n);
        for (int i = 0; i < n; i++) {
            String name = type.name(i);
            packer.packString(name);
            Object property;
            try {
                property = type.get(i, value);
            } catch (IllegalStateException e) {
                // a getter that throws: the value cannot be represented
                throw new UnencodableValueException(e.getMessage(), name);
            }
            try {
                write(property, ext);
            } catch (UnencodableValueException e) {
                throw e.under(name);
            }
        }
        leave();
    }

    /** A byte stream whose buffer is reused between values. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(256);
        }

        @Override
        public synchronized void reset() {
            super.reset();
            if (buf.length > 1 << 20) {
                // Keep one huge value from pinning a huge buffer in the pool forever.
                buf = new byte[256];
            }
        }
    }
}
