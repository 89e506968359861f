package io.zmqrpc.runtime.server;

import io.zmqrpc.Pattern;
import io.zmqrpc.runtime.wire.RequestHeader;
import io.zmqrpc.runtime.wire.WireFormatException;
import java.util.Arrays;

/** How each pattern lays out a message's frames on the server side (see PROTOCOL.md). */
enum MessageLayout {

    /** {@code [envelope..., header(16), name, args, kwargs]} on a ROUTER. */
    RPC {
        @Override
        Incoming split(byte[][] f) {
            int n = f.length;
            if (n < 5) {
                throw new WireFormatException("request must have an envelope and 4 frames, got " + n + " frames");
            }
            if (f[n - 4].length != RequestHeader.LENGTH) {
                throw new WireFormatException("request header must be " + RequestHeader.LENGTH + " bytes, got "
                        + f[n - 4].length);
            }
            return new Incoming(Arrays.copyOf(f, n - 4), f[n - 4], f[n - 3], f[n - 2], f[n - 1]);
        }
    },
    /** {@code [name, args, kwargs]} on a PULL. */
    PIPELINE {
        @Override
        Incoming split(byte[][] f) {
            if (f.length != 3) {
                throw new WireFormatException("pipeline message must have 3 frames, got " + f.length);
            }
            return new Incoming(null, null, f[0], f[1], f[2]);
        }
    },
    /** {@code [topic, name, args, kwargs]} on a SUB. */
    PUBSUB {
        @Override
        Incoming split(byte[][] f) {
            if (f.length != 4) {
                throw new WireFormatException("pub/sub message must have 4 frames, got " + f.length);
            }
            return new Incoming(null, null, f[1], f[2], f[3]);
        }
    };

    abstract Incoming split(byte[][] frames);

    static MessageLayout of(Pattern pattern) {
        return switch (pattern) {
            case RPC -> RPC;
            case PIPELINE -> PIPELINE;
            case PUBSUB -> PUBSUB;
        };
    }
}
