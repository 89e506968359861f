package io.zmqrpc.runtime.security;

import io.zmqrpc.runtime.transport.CurveSettings;
import io.zmqrpc.runtime.transport.Z85Key;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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
                Z85Key.decode("public key", publicKey);
            }
            if (secretKey != null) {
                Z85Key.decode("secret key", secretKey);
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
     * The CURVE server role whose secret key a key file holds.
     *
     * @param secretKeyFile a key file with a secret key
     * @return the role, admitting any client until an allow-list is added
     */
    public static CurveSettings serverRole(Path secretKeyFile) {
        return CurveSettings.server(require(read(secretKeyFile).secretKey(), "secret", secretKeyFile), Set.of());
    }

    /**
     * The CURVE client role of a client key file and a file holding the server's public key.
     *
     * @param clientKeyFile the client's key file (public and secret key)
     * @param serverPublicKeyFile a key file holding the server's public key
     * @return the role
     */
    public static CurveSettings clientRole(Path clientKeyFile, Path serverPublicKeyFile) {
        KeyPair client = read(clientKeyFile);
        return CurveSettings.client(require(client.publicKey(), "public", clientKeyFile),
                require(client.secretKey(), "secret", clientKeyFile),
                require(read(serverPublicKeyFile).publicKey(), "public", serverPublicKeyFile));
    }

    private static String require(String key, String kind, Path file) {
        if (key == null) {
            throw new IllegalArgumentException("CURVE key file " + file + " holds no " + kind + " key");
        }
        return key;
    }
}
