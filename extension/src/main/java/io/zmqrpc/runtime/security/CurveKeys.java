package io.zmqrpc.runtime.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zeromq.ZMQ;

/**
 * CURVE key pairs as Z85 text (40 characters per key): generation, validation and key files.
 *
 * <p>A key file holds {@code public-key = "..."} and/or {@code secret-key = "..."} lines; this is
 * the ZeroMQ certificate format ({@code zcert}, also written by JeroMQ's {@code ZCert.saveSecret}),
 * so files made by {@code zmq.auth.create_certificates} in pyzmq or by {@code zcert} work too.
 */
public final class CurveKeys {

    private static final String Z85_ALPHABET =
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*(public|secret)-key\\s*=\\s*\"?([^\"\\s]+)\"?\\s*$",
            Pattern.MULTILINE);

    /**
     * A key pair.
     *
     * @param publicKey Z85 public key, or null when a file held only the secret key
     * @param secretKey Z85 secret key, or null when a file held only the public key
     */
    public record KeyPair(String publicKey, String secretKey) {

        /**
         * Validates the keys that are present.
         *
         * @param publicKey the public key
         * @param secretKey the secret key
         */
        public KeyPair {
            if (publicKey != null) {
                checkZ85("public key", publicKey);
            }
            if (secretKey != null) {
                checkZ85("secret key", secretKey);
            }
        }

        /** Keeps the secret key out of logs and exception messages. */
        @Override
        public String toString() {
            return "KeyPair[publicKey=" + publicKey + ", secretKey=" + (secretKey == null ? "none" : "***") + "]";
        }
    }

    private CurveKeys() {
    }

    /**
     * A new random key pair.
     *
     * @return the key pair
     */
    public static KeyPair generate() {
        ZMQ.Curve.KeyPair pair = ZMQ.Curve.generateKeyPair();
        return new KeyPair(pair.publicKey, pair.secretKey);
    }

    /**
     * Reads a key file (ZeroMQ certificate format).
     *
     * @param file the file
     * @return the keys it holds
     * @throws IllegalArgumentException when it holds no key
     * @throws UncheckedIOException when it cannot be read
     */
    public static KeyPair read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CURVE key file " + file, e);
        }
        String publicKey = null;
        String secretKey = null;
        Matcher m = KEY_LINE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals("public")) {
                publicKey = m.group(2);
            } else {
                secretKey = m.group(2);
            }
        }
        if (publicKey == null && secretKey == null) {
            throw new IllegalArgumentException("no public-key or secret-key line in CURVE key file " + file);
        }
        return new KeyPair(publicKey, secretKey);
    }

    /**
     * Writes a key file in ZeroMQ certificate format; with a secret key the file holds both keys
     * (keep it private), without one only the public key (to hand to peers).
     *
     * @param file the file
     * @param keys the keys
     */
    public static void write(Path file, KeyPair keys) {
        StringBuilder text = new StringBuilder("#   ZeroMQ CURVE certificate written by zmqrpc\ncurve\n");
        if (keys.publicKey() != null) {
            text.append("    public-key = \"").append(keys.publicKey()).append("\"\n");
        }
        if (keys.secretKey() != null) {
            text.append("    secret-key = \"").append(keys.secretKey()).append("\"\n");
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CURVE key file " + file, e);
        }
    }

    /**
     * Decodes a Z85 key to its 32 bytes.
     *
     * @param what which key, for the message
     * @param z85 the key
     * @return the bytes
     * @throws IllegalArgumentException when it is not a 40-character Z85 key
     */
    static byte[] decode(String what, String z85) {
        checkZ85(what, z85);
        return ZMQ.Curve.z85Decode(z85);
    }

    private static void checkZ85(String what, String z85) {
        if (z85 == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String problem = z85.length() != ZMQ.Curve.KEY_SIZE_Z85 ? z85.length() + " characters" : null;
        // JeroMQ's decoder does not check its input: it turns any text into some 32 bytes.
        if (problem == null && !z85.chars().allMatch(c -> Z85_ALPHABET.indexOf(c) >= 0)) {
            problem = "text that is not Z85";
        }
        if (problem != null) {
            // Never echo the text: it may be a secret key.
            throw new IllegalArgumentException(what + " must be " + ZMQ.Curve.KEY_SIZE_Z85
                    + " characters of Z85 text, got " + problem);
        }
    }
}
