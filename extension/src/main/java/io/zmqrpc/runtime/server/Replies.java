package io.zmqrpc.runtime.server;

import io.zmqrpc.RemoteError;
import io.zmqrpc.runtime.errors.ErrorReplies;
import io.zmqrpc.runtime.wire.Identity;
import io.zmqrpc.runtime.wire.Message;
import io.zmqrpc.runtime.wire.ReplyFraming;
import io.zmqrpc.runtime.wire.ReplyHeader;
import io.zmqrpc.runtime.wire.UnencodableValueException;
import io.zmqrpc.runtime.wire.ValueCodec;
import io.zmqrpc.spi.ErrorRegistry;
import java.util.List;

/** Encodes request/reply answers: the envelope, the 17-byte header and the body or error triple. */
final class Replies {

    private final ValueCodec codec;
    private final ErrorRegistry registry;
    private final int random = Identity.random();

    Replies(ValueCodec codec, ErrorRegistry registry) {
        this.codec = codec;
        this.registry = registry;
    }

    byte[][] result(Message call, Object value) {
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

    byte[][] error(Message call, Throwable failure) {
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

    private byte[][] frames(Message call, boolean isError, byte[] body) {
        byte[] header = new ReplyHeader(Identity.PID, random, call.requestId(), System.currentTimeMillis() / 1000.0,
                isError).encode();
        return ReplyFraming.frame(call.envelope(), header, body);
    }
}
