package io.zmqrpc.runtime.wire;

import io.zmqrpc.runtime.wire.time.TestJson;
import java.util.List;
import java.util.Map;

/** The frames recorded from aiozmq 1.0 in {@code vectors/aiozmq-1.0-frames.json}, by section. */
final class RecordedFrames {

    private static final Map<String, Object> VECTORS = TestJson.resource("/vectors/aiozmq-1.0-frames.json");

    private RecordedFrames() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> section(String name) {
        return (List<Map<String, Object>>) VECTORS.get(name);
    }

    @SuppressWarnings("unchecked")
    static byte[] frame(Map<String, Object> entry, int index) {
        return Hex.bytes(((List<String>) entry.get("frames")).get(index));
    }

    @SuppressWarnings("unchecked")
    static byte[] frame(Map<String, Object> entry, String key, int index) {
        return Hex.bytes(((List<String>) entry.get(key)).get(index));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> entry, String key) {
        return (Map<String, Object>) entry.get(key);
    }
}
