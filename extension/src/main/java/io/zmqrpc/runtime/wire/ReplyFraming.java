package io.zmqrpc.runtime.wire;

import java.util.Arrays;

/**
 * The frames of a request/reply answer, both ways: a ROUTER sends {@code [envelope..., header(17),
 * body]}, and a DEALER receives {@code [header(17), body]}.
 */
public final class ReplyFraming {

    private ReplyFraming() {
    }

    /** A reply as the client receives it: its header and body, nothing decoded yet. */
    public record Reply(byte[] header, byte[] body) {

        /**
         * The id of the request answered, without decoding the rest of the header.
         *
         * @return the id
         */
        public int requestId() {
            return ReplyHeader.requestIdOf(header);
        }
    }

    /**
     * The frames of a reply, behind the request's routing envelope.
     *
     * @param envelope the request's envelope, sent back verbatim
     * @param header the 17-byte reply header
     * @param body the msgpack body
     * @return the frames
     */
    public static byte[][] frame(byte[][] envelope, byte[] header, byte[] body) {
        byte[][] frames = Arrays.copyOf(envelope, envelope.length + 2);
        frames[frames.length - 2] = header;
        frames[frames.length - 1] = body;
        return frames;
    }

    /**
     * Splits a received reply.
     *
     * An aiozmq server sends the request's call-context frame back in front of its reply, as part
     * of what it takes for the envelope: a reply with it is read as one without.
     *
     * @param frames the frames the DEALER read
     * @return the reply
     * @throws WireFormatException when they are not a 17-byte header and a body, with or without
     *     a call-context frame in front
     */
    public static Reply deframe(byte[][] frames) {
        int first = frames.length == 3 && CallContext.isContext(frames[0]) ? 1 : 0;
        if (frames.length - first != 2 || frames[first].length != ReplyHeader.LENGTH) {
            throw new WireFormatException("malformed reply of " + frames.length + " frames");
        }
        return new Reply(frames[first], frames[first + 1]);
    }
}
