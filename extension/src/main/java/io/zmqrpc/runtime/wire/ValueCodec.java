package io.zmqrpc.runtime.wire;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The one msgpack codec of zmqrpc, shared by the three patterns and by clients and servers:
 * Java values to msgpack bytes and back, with the translation table of ext types and the decoding
 * limits. Thread-safe; encoding reuses buffers from a small shared pool.
 */
public final class ValueCodec {

    /**
     * Idle encoders, shared by all threads. Not a ThreadLocal: encoding runs on container threads
     * (managed executors, HTTP workers) that outlive an application, and an encoder left in their
     * thread-local maps would pin the undeployed application's class loader (Payara reports it).
     */
    private static final BlockingQueue<ValueEncoder> IDLE_ENCODERS = new ArrayBlockingQueue<>(64);

    /** The codec with no user translators and default limits. */
    public static final ValueCodec DEFAULT = new ValueCodec(ExtTypes.DEFAULT, DecodeLimits.DEFAULT);

    private final ExtTypes ext;
    private final DecodeLimits limits;

    /**
     * Creates a codec.
     *
     * @param ext the translation table
     * @param limits the decoding limits
     */
    public ValueCodec(ExtTypes ext, DecodeLimits limits) {
        this.ext = ext;
        this.limits = limits;
    }

    /**
     * Encodes a value.
     *
     * @param value any supported value
     * @return the msgpack bytes
     * @throws UnencodableValueException naming the type and path of what cannot be sent
     */
    public byte[] encode(Object value) {
        ValueEncoder encoder = IDLE_ENCODERS.poll();
        if (encoder == null) {
            encoder = new ValueEncoder();
        }
        try {
            return encoder.encode(value, ext);
        } finally {
            IDLE_ENCODERS.offer(encoder); // dropped when the pool is full
        }
    }

    /**
     * Encodes positional arguments as a msgpack array.
     *
     * @param args the arguments
     * @return the msgpack bytes
     * @throws UnencodableValueException with a path such as {@code args[1].name}
     */
    public byte[] encodeArgs(List<?> args) {
        try {
            return encode(args == null ? List.of() : args);
        } catch (UnencodableValueException e) {
            throw e.under("args");
        }
    }

    /**
     * Encodes keyword arguments as a msgpack map.
     *
     * @param kwargs the arguments by name
     * @return the msgpack bytes
     * @throws UnencodableValueException with a path such as {@code kwargs.order.lines[0]}
     */
    public byte[] encodeKwargs(Map<String, ?> kwargs) {
        try {
            return encode(kwargs == null ? Map.of() : kwargs);
        } catch (UnencodableValueException e) {
            throw e.under("kwargs");
        }
    }

    /**
     * Decodes one value that must fill the whole frame.
     *
     * @param data the frame
     * @return the value
     * @throws WireFormatException for anything malformed or beyond the limits
     */
    public Object decode(byte[] data) {
        return ValueDecoder.decode(data, ext, limits);
    }

    /**
     * Decodes the positional arguments frame, which must be a msgpack array.
     *
     * @param data the frame
     * @return the arguments
     * @throws WireFormatException when the frame is not an array
     */
    @SuppressWarnings("unchecked")
    public List<Object> decodeArgs(byte[] data) {
        Object value = decode(data);
        if (!(value instanceof List)) {
            throw new WireFormatException("positional arguments must be a msgpack array, got " + kind(value));
        }
        return (List<Object>) value;
    }

    /**
     * Decodes the keyword arguments frame, which must be a msgpack map with str keys.
     *
     * @param data the frame
     * @return the arguments by name
     * @throws WireFormatException when the frame is not such a map
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> decodeKwargs(byte[] data) {
        Object value = decode(data);
        if (!(value instanceof Map<?, ?> map)) {
            throw new WireFormatException("keyword arguments must be a msgpack map, got " + kind(value));
        }
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new WireFormatException("keyword argument names must be str, got " + kind(key));
            }
        }
        return (Map<String, Object>) value;
    }

    /**
     * The msgpack kind of a decoded value, for messages.
     *
     * @param value a decoded value
     * @return nil, bool, int, float, str, bin, array, map or ext
     */
    public static String kind(Object value) {
        if (value == null) {
            return "nil";
        } else if (value instanceof Boolean) {
            return "bool";
        } else if (value instanceof Long || value instanceof BigInteger) {
            return "int";
        } else if (value instanceof Double) {
            return "float";
        } else if (value instanceof String) {
            return "str";
        } else if (value instanceof byte[]) {
            return "bin";
        } else if (value instanceof List) {
            return "array";
        } else if (value instanceof Map) {
            return "map";
        }
        return "ext";
    }
}
