package io.zmqrpc.runtime.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The 16-byte request header aiozmq packs as {@code struct '=HHLd'}: the client's pid and random
 * (u16 each), the request id (u32) and a timestamp (f64 seconds since the epoch), little-endian.
 *
 * @param pid the client's pid, low 16 bits
 * @param random the client's random tag
 * @param requestId the request id, an unsigned 32-bit value held in an int
 * @param timestamp seconds since the epoch
 */
public record RequestHeader(int pid, int random, int requestId, double timestamp) {

    /** Encoded length in bytes. */
    public static final int LENGTH = 16;

    /**
     * Encodes the header.
     *
     * @return 16 bytes
     */
    public byte[] encode() {
        byte[] out = new byte[LENGTH];
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) pid).putShort((short) random).putInt(requestId).putDouble(timestamp);
        return out;
    }

    /**
     * Decodes a header frame.
     *
     * @param frame the frame
     * @return the header
     * @throws WireFormatException when the frame is not exactly 16 bytes
     */
    public static RequestHeader decode(byte[] frame) {
        if (frame.length != LENGTH) {
            throw new WireFormatException("request header must be " + LENGTH + " bytes, got " + frame.length);
        }
        ByteBuffer b = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
        return new RequestHeader(b.getShort() & 0xFFFF, b.getShort() & 0xFFFF, b.getInt(), b.getDouble());
    }

    /**
     * The request id of an encoded header, without decoding the rest.
     *
     * @param frame a 16-byte header
     * @return the id
     */
    public static int requestIdOf(byte[] frame) {
        return ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN).getInt(4);
    }
}
