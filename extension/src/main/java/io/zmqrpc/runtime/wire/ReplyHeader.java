package io.zmqrpc.runtime.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The 17-byte reply header aiozmq packs as {@code struct '=HHLd?'}: the server's pid and random,
 * the request id copied from the request, a timestamp and the error flag.
 *
 * @param pid the server's pid, low 16 bits
 * @param random the server's random tag
 * @param requestId the id of the request answered
 * @param timestamp seconds since the epoch
 * @param error whether the body is an error triple
 */
public record ReplyHeader(int pid, int random, int requestId, double timestamp, boolean error) {

    /** Encoded length in bytes. */
    public static final int LENGTH = 17;

    /**
     * Encodes the header.
     *
     * @return 17 bytes
     */
    public byte[] encode() {
        byte[] out = new byte[LENGTH];
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) pid).putShort((short) random).putInt(requestId).putDouble(timestamp)
                .put((byte) (error ? 1 : 0));
        return out;
    }

    /**
     * Decodes a reply header frame.
     *
     * @param frame the frame
     * @return the header
     * @throws WireFormatException when the frame is not 17 bytes or the flag is not 0 or 1
     */
    public static ReplyHeader decode(byte[] frame) {
        if (frame.length != LENGTH) {
            throw new WireFormatException("reply header must be " + LENGTH + " bytes, got " + frame.length);
        }
        ByteBuffer b = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
        ReplyHeader h = new ReplyHeader(b.getShort() & 0xFFFF, b.getShort() & 0xFFFF, b.getInt(), b.getDouble(),
                b.get() != 0);
        if ((frame[16] & 0xFF) > 1) {
            throw new WireFormatException("reply error flag must be 0 or 1, got " + (frame[16] & 0xFF));
        }
        return h;
    }

    /**
     * Reads only the request id, which is all the client's socket thread needs to route a reply.
     *
     * @param frame a reply header frame of the right length
     * @return the request id
     */
    public static int requestIdOf(byte[] frame) {
        return ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN).getInt(4);
    }
}
