package io.zmqrpc.cli.options;

import io.zmqrpc.cli.CliException;
import io.zmqrpc.runtime.security.CurveKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The CURVE client options: the server's public key, and optionally the client's own key file.
 * Without a key file the client makes a key pair for this run, which a server admits unless it
 * keeps an allow-list of client keys.
 */
public final class CurveOptions {

    @Option(names = "--curve-server-key", paramLabel = "KEY|FILE",
            description = "Encrypt with CURVE: the server's public key, 40 characters of Z85, or a key file holding it.")
    String serverKey;

    @Option(names = "--curve-key-file", paramLabel = "FILE",
            description = "This client's key file (public and secret key, ZeroMQ certificate format, as "
                    + "'zmqrpc keygen --out' writes). Default: a key pair made for this run.")
    Path keyFile;

    /**
     * The client's keys and the server's, or empty for plaintext.
     *
     * @return the keys
     * @throws CliException (exit 2) when a key or a file is bad
     */
    public Optional<ClientKeys> keys() {
        if (serverKey == null) {
            if (keyFile != null) {
                throw CliException.usage("--curve-key-file needs --curve-server-key");
            }
            return Optional.empty();
        }
        try {
            String server = serverKey.length() == 40 && !Files.exists(Path.of(serverKey)) ? serverKey
                    : read(Path.of(serverKey), true).publicKey();
            CurveKeys.KeyPair own = keyFile == null ? CurveKeys.generate() : read(keyFile, false);
            return Optional.of(new ClientKeys(own.publicKey(), own.secretKey(),
                    new CurveKeys.KeyPair(server, null).publicKey()));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw CliException.usage("bad CURVE key: " + e.getMessage());
        }
    }

    private static CurveKeys.KeyPair read(Path file, boolean publicOnly) {
        CurveKeys.KeyPair keys = CurveKeys.read(file);
        if (keys.publicKey() == null || (!publicOnly && keys.secretKey() == null)) {
            throw new IllegalArgumentException("key file " + file + " lacks a "
                    + (keys.publicKey() == null ? "public" : "secret") + " key");
        }
        return keys;
    }

    /**
     * A CURVE client's keys, Z85.
     *
     * @param publicKey the client's public key
     * @param secretKey the client's secret key
     * @param serverKey the server's public key
     */
    public record ClientKeys(String publicKey, String secretKey, String serverKey) {

        /** Keeps the secret key out of messages. */
        @Override
        public String toString() {
            return "ClientKeys[publicKey=" + publicKey + ", serverKey=" + serverKey + "]";
        }
    }
}
