package io.zmqrpc.runtime.wire;

import java.util.HexFormat;

/** Hex strings of the recorded vectors and of the hand-written msgpack in these tests. */
final class Hex {

    private static final HexFormat FORMAT = HexFormat.of();

    private Hex() {
    }

    static byte[] bytes(String hex) {
        return FORMAT.parseHex(hex.replace(" ", ""));
    }

    static String of(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }
}
