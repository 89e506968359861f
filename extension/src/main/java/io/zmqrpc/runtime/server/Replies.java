package io.zmqrpc.runtime.server;

import io.zmqrpc.RemoteError;
import io.zmqrpc.runtime.errors.ErrorReplies;
import io.zmqrpc.runtime.wire.ReplyHeader;
import io.zmqrpc.runtime.wire.RequestHeader;
import io.zmqrpc.runtime.wire.UnencodableValueException;
import io.zmqrpc.runtime.wire.ValueCodec;
import io.zmqrpc.spi.ErrorRegistry;
import java.util.List;

/** Encodes request/reply answers: the envelope, the 17-byte header and the body or error triple. */
final class Replies {

    private final ValueCodec codec;
    private final ErrorRegistry registry;
    private final int pid;
    private final int random;

    Replies(ValueCodec codec, ErrorRegistry registry, int pid, int random) {
        this.codec = codec;
        this.registry = registry;
        this.pid = pid;
        this.random = random;
    }

    byte[][] result(Incoming call, Object value) {
        byte[] body;
        try {
            body = codec.encode(value);
        } catch (UnencodableValueException e) {
            // Nothing was written yet: the caller gets an error naming the problem, as aiozmq
            // answers a result its packer refuses (with a TypeError).
            return error(call, e.under("result"));
        } catch (RuntimeException e) {
            // Whatever else the encoder meets is still the handler's failure, answered as such.
            return error(call, e);
        }
        return frames(call, false, body);
    }

    byte[][] error(Incoming call, Throwable failure) {
        RemoteError error = ErrorReplies.describe(registry, failure);
        byte[] body;
        try {
            body = codec.encode(List.of(error.type(), error.args(), error.repr()));
        } catch (UnencodableValueException e) {
            // The exception's own arguments cannot travel: its message still can.
            body = codec.encode(List.of(error.type(), List.of(String.valueOf(failure.getMessage())), error.repr()));
        }
        return frames(call, true, body);
    }

    private byte[][] frames(Incoming call, boolean isError, byte[] body) {
        int requestId = RequestHeader.decode(call.header).requestId();
        byte[] header = new ReplyHeader(pid, random, requestId, System.currentTimeMillis() / 1000.0, isError).encode();
        byte[][] frames = java.util.Arrays.copyOf(call.envelope, call.envelope.length + 2);
        frames[frames.length - 2] = header;
        frames[frames.length - 1] = body;
        return frames;
    }
}
