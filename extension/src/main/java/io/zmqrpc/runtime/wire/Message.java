package io.zmqrpc.runtime.wire;

/**
 * One call as its frames carry it, before its values are decoded: what a client frames and a
 * server deframes with {@link Framing}. Fields a pattern does not use are null.
 *
 * @param envelope the routing frames in front of a request on a ROUTER (request/reply only;
 *        empty on the client side)
 * @param header the 16-byte request header (request/reply only)
 * @param topic the topic frame (pub/sub only)
 * @param name the method name, UTF-8
 * @param args the msgpack array of positional arguments
 * @param kwargs the msgpack map of keyword arguments
 * @param context the call-context frame ({@link CallContext}) in front of the header, or null when
 *        the request has none (request/reply only)
 */
public record Message(byte[][] envelope, byte[] header, byte[] topic, byte[] name, byte[] args, byte[] kwargs,
        byte[] context) {

    private static final byte[][] NO_ENVELOPE = new byte[0][];

    /**
     * A request as a client sends it.
     *
     * @param header the request header
     * @param name the method name
     * @param args the arguments
     * @param kwargs the keyword arguments
     * @return the message
     */
    public static Message request(byte[] header, byte[] name, byte[] args, byte[] kwargs) {
        return request(null, header, name, args, kwargs);
    }

    /**
     * A request as a client sends it, with its call-context frame.
     *
     * @param context the call-context frame, or null for none
     * @param header the request header
     * @param name the method name
     * @param args the arguments
     * @param kwargs the keyword arguments
     * @return the message
     */
    public static Message request(byte[] context, byte[] header, byte[] name, byte[] args, byte[] kwargs) {
        return new Message(NO_ENVELOPE, header, null, name, args, kwargs, context);
    }

    /**
     * A pipeline notification ({@code topic} null) or a publication.
     *
     * @param topic the topic, or null for a pipeline notification
     * @param name the method name
     * @param args the arguments
     * @param kwargs the keyword arguments
     * @return the message
     */
    public static Message oneWay(byte[] topic, byte[] name, byte[] args, byte[] kwargs) {
        return new Message(null, null, topic, name, args, kwargs, null);
    }

    /**
     * The request id, read from the header without decoding the rest of it.
     *
     * @return the id
     */
    public int requestId() {
        return RequestHeader.requestIdOf(header);
    }
}
