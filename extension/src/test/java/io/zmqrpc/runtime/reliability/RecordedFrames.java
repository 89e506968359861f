package io.zmqrpc.runtime.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The client requests recorded from aiozmq 1.0 in {@code vectors/aiozmq-1.0-frames.json}: fuzzing seeds. */
final class RecordedFrames {

    private static final Pattern FRAMES = Pattern.compile("\"frames\":\\s*\\[([^\\]]*)\\]");
    private static final Pattern HEX = Pattern.compile("\"([0-9a-f]*)\"");

    private RecordedFrames() {
    }

    /**
     * The recorded requests of the request/reply pattern (four frames each).
     *
     * @return the messages
     */
    static List<byte[][]> requests() {
        String json;
        try (InputStream in = RecordedFrames.class.getResourceAsStream("/vectors/aiozmq-1.0-frames.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String section = json.substring(json.indexOf("\"client_requests\""), json.indexOf("\"server_replies\""));
        List<byte[][]> messages = new ArrayList<>();
        Matcher m = FRAMES.matcher(section);
        while (m.find()) {
            List<byte[]> frames = new ArrayList<>();
            Matcher hex = HEX.matcher(m.group(1));
            while (hex.find()) {
                frames.add(HexFormat.of().parseHex(hex.group(1)));
            }
            if (frames.size() == 4) {
                messages.add(frames.toArray(new byte[0][]));
            }
        }
        if (messages.isEmpty()) {
            throw new IllegalStateException("no recorded request in the vectors");
        }
        return messages;
    }
}
