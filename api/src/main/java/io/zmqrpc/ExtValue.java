package io.zmqrpc;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A msgpack extension value whose code no value translator claims: it carries the code and the
 * raw bytes, and is sent back to the wire unchanged.
 *
 * @param code the ext type code, -128..127
 * @param data the payload bytes
 */
public record ExtValue(byte code, byte[] data) {

    /**
     * Creates the value.
     *
     * @param code the ext type code
     * @param data the payload, not copied
     */
    public ExtValue {
        java.util.Objects.requireNonNull(data, "data");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtValue other && other.code == code && Arrays.equals(other.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * code + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "ExtValue[code=" + code + ", data=" + HexFormat.of().formatHex(data) + "]";
    }
}
