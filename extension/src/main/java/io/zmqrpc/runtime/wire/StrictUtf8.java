package io.zmqrpc.runtime.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text a peer sent, refusing invalid UTF-8 instead of replacing it as {@code new String}
 * would: a name or str that is not valid UTF-8 is malformed input, as Python's msgpack sees it.
 */
public final class StrictUtf8 {

    private static final ThreadLocal<CharsetDecoder> DECODER = ThreadLocal.withInitial(() ->
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));

    private StrictUtf8() {
    }

    /**
     * Decodes bytes that must be valid UTF-8.
     *
     * @param bytes the bytes
     * @param what what they are, for the message ({@code str}, {@code method name})
     * @return the text
     * @throws WireFormatException when the bytes are not valid UTF-8
     */
    public static String decode(byte[] bytes, String what) {
        if (isAscii(bytes)) {
            // The common case (method names, most keys): no decoder, no CharBuffer.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        try {
            return DECODER.get().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new WireFormatException(what + " is not valid UTF-8");
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
