package io.zmqrpc.cdi.security;

import io.zmqrpc.cdi.config.Attempts;
import io.zmqrpc.cdi.config.Settings;
import io.zmqrpc.inject.RpcClient;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.security.CurveKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CURVE settings of one {@link RpcClient} injection point: the client's key pair and the
 * server's public key, each given as Z85 text or read from key files at deployment. All three keys
 * or none: a partial set is a problem, never a silently plaintext client.
 *
 * @param publicKey the client's Z85 public key
 * @param secretKey the client's Z85 secret key
 * @param serverKey the server's Z85 public key
 */
public record ClientCurve(String publicKey, String secretKey, String serverKey) {

    private static final String PUBLIC = "curve.public-key";
    private static final String SECRET = "curve.secret-key";
    private static final String SERVER = "curve.server-key";
    private static final String KEY_FILE = "curve.key-file";
    private static final String SERVER_FILE = "curve.server-key-file";

    /**
     * Reads the settings of an injection point.
     *
     * @param settings the injection point's settings
     * @param annotation its qualifier
     * @param problems receives each problem
     * @return the settings, or empty when CURVE is off or the settings have problems
     */
    public static Optional<ClientCurve> read(Settings settings, RpcClient annotation, List<String> problems) {
        int before = problems.size();
        String pub = Attempts.attempt(problems, () -> settings.text(PUBLIC, annotation.curvePublicKey()));
        String secret = Attempts.attempt(problems, () -> KeyText.secretText(settings, SECRET, annotation.curveSecretKey()));
        String server = Attempts.attempt(problems, () -> settings.text(SERVER, annotation.curveServerKey()));
        String keyFile = Attempts.attempt(problems, () -> settings.text(KEY_FILE, annotation.curveKeyFile()));
        String serverFile = Attempts.attempt(problems, () -> settings.text(SERVER_FILE, annotation.curveServerKeyFile()));
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (pub.isEmpty() && secret.isEmpty() && server.isEmpty() && keyFile.isEmpty() && serverFile.isEmpty()) {
            return Optional.empty();
        }
        if (!keyFile.isEmpty()) {
            if (!pub.isEmpty() || !secret.isEmpty()) {
                problems.add("set " + PUBLIC + " and " + SECRET + ", or " + KEY_FILE + ", not both");
                return Optional.empty();
            }
            CurveKeys.KeyPair pair = Attempts.attempt(problems, () -> KeyText.read(keyFile, KEY_FILE));
            pub = pair == null ? null : Attempts.attempt(problems, () -> KeyText.require(pair.publicKey(), "public", keyFile, KEY_FILE));
            secret = pair == null ? null : Attempts.attempt(problems, () -> KeyText.require(pair.secretKey(), "secret", keyFile, KEY_FILE));
        }
        if (!serverFile.isEmpty()) {
            if (!server.isEmpty()) {
                problems.add("set " + SERVER + " or " + SERVER_FILE + ", not both");
                return Optional.empty();
            }
            CurveKeys.KeyPair pair = Attempts.attempt(problems, () -> KeyText.read(serverFile, SERVER_FILE));
            server = pair == null ? null : Attempts.attempt(problems, () -> KeyText.require(pair.publicKey(), "public", serverFile, SERVER_FILE));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (pub.isEmpty()) {
            missing.add(PUBLIC);
        }
        if (secret.isEmpty()) {
            missing.add(SECRET);
        }
        if (server.isEmpty()) {
            missing.add(SERVER);
        }
        if (!missing.isEmpty()) {
            problems.add("incomplete CURVE settings: missing " + String.join(", ", missing)
                    + " (a CURVE client needs its public and secret keys and the server's public key)");
            return Optional.empty();
        }
        String p = pub;
        String s = secret;
        String v = server;
        Attempts.attempt(problems, () -> KeyText.check(p, "public", keyFile.isEmpty() ? PUBLIC : KEY_FILE));
        Attempts.attempt(problems, () -> KeyText.check(s, "secret", keyFile.isEmpty() ? SECRET : KEY_FILE));
        Attempts.attempt(problems, () -> KeyText.check(v, "public", serverFile.isEmpty() ? SERVER : SERVER_FILE));
        return problems.size() > before ? Optional.empty() : Optional.of(new ClientCurve(p, s, v));
    }

    /**
     * Makes the client being built a CURVE client.
     *
     * @param options the options
     */
    public void applyTo(ClientOptions.Builder options) {
        options.curveClient(publicKey, secretKey, serverKey);
    }

    /** Keeps the secret key out of logs and problem messages. */
    @Override
    public String toString() {
        return "CURVE client " + publicKey + " of server " + serverKey;
    }
}
