package io.zmqrpc.runtime.wire.time;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Builds pickle payloads as hex, for tests that need ones CPython would never write. */
final class HandMadePickles {
    private static final HexFormat HEX = HexFormat.of();
    private static final int HEADER_HEX_LENGTH = 22;

    /** PROTO 5 and a FRAME whose length fits the body, so the reader gets past the header. */
    static byte[] framed(String bodyHex) {
        byte[] body = HEX.parseHex(bodyHex);
        StringBuilder header = new StringBuilder("800595");
        for (int i = 0; i < 8; i++) {
            header.append(HEX.toHexDigits((byte) ((long) body.length >>> (8 * i))));
        }
        return HEX.parseHex(header + bodyHex);
    }

    static String body(String payloadHex) {
        return payloadHex.substring(HEADER_HEX_LENGTH);
    }

    /** A valid payload with one piece of its body swapped, re-framed. */
    static byte[] edited(String payloadHex, String fromHex, String toHex) {
        String body = body(payloadHex);
        int at = body.indexOf(fromHex);
        if (at < 0 || at % 2 != 0 || body.indexOf(fromHex, at + 1) >= 0) {
            throw new IllegalArgumentException(fromHex + " is not a unique byte sequence of " + payloadHex);
        }
        return framed(body.substring(0, at) + toHex + body.substring(at + fromHex.length()));
    }

    /** SHORT_BINUNICODE and MEMOIZE. */
    static String str(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return "8c" + HEX.toHexDigits((byte) utf8.length) + HEX.formatHex(utf8) + "94";
    }

    /** Module and name strings, STACK_GLOBAL and MEMOIZE. */
    static String global(String module, String name) {
        return str(module) + str(name) + "9394";
    }

    private HandMadePickles() {
    }
}
