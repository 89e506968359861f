package io.zmqrpc.runtime.transport;

import org.zeromq.ZMQ;

/** A CURVE key as Z85 text (40 characters), checked before JeroMQ sees it. */
public final class Z85Key {

    private static final String ALPHABET =
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

    private Z85Key() {
    }

    /**
     * Decodes a Z85 key to its 32 bytes.
     *
     * @param what which key, for the message
     * @param z85 the key
     * @return the bytes
     * @throws IllegalArgumentException when it is not a 40-character Z85 key; the message never
     *     echoes the text, which may be a secret key
     */
    public static byte[] decode(String what, String z85) {
        if (z85 == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String problem = z85.length() != ZMQ.Curve.KEY_SIZE_Z85 ? z85.length() + " characters" : null;
        // JeroMQ's decoder does not check its input: it turns any text into some 32 bytes.
        if (problem == null && !z85.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            problem = "text that is not Z85";
        }
        if (problem != null) {
            throw new IllegalArgumentException(what + " must be " + ZMQ.Curve.KEY_SIZE_Z85
                    + " characters of Z85 text, got " + problem);
        }
        return ZMQ.Curve.z85Decode(z85);
    }
}
