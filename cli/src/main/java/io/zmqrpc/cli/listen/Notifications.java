package io.zmqrpc.cli.listen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zmqrpc.cli.json.JsonValues;
import io.zmqrpc.runtime.wire.ValueCodec;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.zeromq.ZMsg;

/**
 * Turns one received message into its JSON line: aiozmq's pipeline message is
 * {@code [name, args, kwargs]}, a published one {@code [topic, name, args, kwargs]}.
 */
final class Notifications {

    private Notifications() {
    }

    /** @throws IllegalArgumentException saying why the message is not aiozmq's */
    static String toJsonLine(ZMsg msg, boolean pipeline) {
        List<byte[]> frames = msg.stream().map(f -> f.getData()).toList();
        int expected = pipeline ? 3 : 4;
        if (frames.size() != expected) {
            throw new IllegalArgumentException(frames.size() + " frames, not " + expected);
        }
        int at = pipeline ? 0 : 1;
        ObjectNode line = JsonValues.object();
        line.set("topic", pipeline ? JsonValues.toJson(null) : topic(frames.get(0)));
        line.put("method", text(frames.get(at), "the method name"));
        try {
            line.set("args", JsonValues.toJson(ValueCodec.DEFAULT.decodeArgs(frames.get(at + 1))));
            line.set("kwargs", JsonValues.toJson(ValueCodec.DEFAULT.decodeKwargs(frames.get(at + 2))));
        } catch (IllegalArgumentException e) {
            // WireFormatException included: what the codec refuses
            throw new IllegalArgumentException("undecodable arguments: " + e.getMessage());
        }
        return JsonValues.write(line);
    }

    /** A topic as text when it is UTF-8, else as {@code {"$bytes": ...}}. */
    private static com.fasterxml.jackson.databind.JsonNode topic(byte[] topic) {
        try {
            return JsonValues.toJson(utf8(topic));
        } catch (CharacterCodingException e) {
            return JsonValues.toJson(topic);
        }
    }

    private static String text(byte[] bytes, String what) {
        try {
            return utf8(bytes);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " is not UTF-8");
        }
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
