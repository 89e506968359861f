package io.zmqrpc.runtime.wire;

import io.zmqrpc.Pattern;
import java.util.Arrays;

/**
 * The frame layout of each pattern's calls (PROTOCOL.md), both ways: clients {@link #frame} what
 * servers {@link #deframe}. Replies, which only request/reply has, are {@link ReplyFraming}'s.
 */
public enum Framing {

    /**
     * {@code [envelope..., context?, header(16), name, args, kwargs]}; a DEALER sends it without
     * envelope. The call-context frame ({@link CallContext}) is there only when the client had
     * something to carry; it is told from the last envelope frame by its magic.
     */
    RPC {
        @Override
        public byte[][] frame(Message m) {
            int extra = m.context() == null ? 0 : 1;
            byte[][] frames = Arrays.copyOf(m.envelope(), m.envelope().length + extra + 4);
            int n = frames.length;
            if (extra == 1) {
                frames[n - 5] = m.context();
            }
            frames[n - 4] = m.header();
            frames[n - 3] = m.name();
            frames[n - 2] = m.args();
            frames[n - 1] = m.kwargs();
            return frames;
        }

        @Override
        public Message deframe(byte[][] f) {
            int n = f.length;
            if (n < 5) {
                throw new WireFormatException("request must have an envelope and 4 frames, got " + n + " frames");
            }
            if (f[n - 4].length != RequestHeader.LENGTH) {
                throw new WireFormatException("request header must be " + RequestHeader.LENGTH + " bytes, got "
                        + f[n - 4].length);
            }
            // A ROUTER puts at least one identity in front, so a context frame has one before it.
            boolean context = n >= 6 && CallContext.isContext(f[n - 5]);
            int envelope = context ? n - 5 : n - 4;
            return new Message(Arrays.copyOf(f, envelope), f[n - 4], null, f[n - 3], f[n - 2], f[n - 1],
                    context ? f[n - 5] : null);
        }
    },
    /** {@code [name, args, kwargs]} from PUSH to PULL. */
    PIPELINE {
        @Override
        public byte[][] frame(Message m) {
            return new byte[][] {m.name(), m.args(), m.kwargs()};
        }

        @Override
        public Message deframe(byte[][] f) {
            if (f.length != 3) {
                throw new WireFormatException("pipeline message must have 3 frames, got " + f.length);
            }
            return Message.oneWay(null, f[0], f[1], f[2]);
        }
    },
    /** {@code [topic, name, args, kwargs]} from PUB to SUB. */
    PUBSUB {
        @Override
        public byte[][] frame(Message m) {
            return new byte[][] {m.topic(), m.name(), m.args(), m.kwargs()};
        }

        @Override
        public Message deframe(byte[][] f) {
            if (f.length != 4) {
                throw new WireFormatException("pub/sub message must have 4 frames, got " + f.length);
            }
            return Message.oneWay(f[0], f[1], f[2], f[3]);
        }
    };

    /**
     * The frames of a call.
     *
     * @param message the call
     * @return the frames to send
     */
    public abstract byte[][] frame(Message message);

    /**
     * Splits received frames into a call; nothing is decoded yet.
     *
     * @param frames the frames
     * @return the call
     * @throws WireFormatException when the frames do not have this pattern's layout
     */
    public abstract Message deframe(byte[][] frames);

    /**
     * The framing of a pattern.
     *
     * @param pattern the pattern
     * @return its framing
     */
    public static Framing of(Pattern pattern) {
        return switch (pattern) {
            case RPC -> RPC;
            case PIPELINE -> PIPELINE;
            case PUBSUB -> PUBSUB;
        };
    }
}
