package io.zmqrpc.cdi.security;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.cdi.config.Attempts;
import io.zmqrpc.cdi.config.Settings;
import io.zmqrpc.runtime.ServerOptions;
import java.util.List;
import java.util.Optional;

/**
 * The CURVE settings of one {@link RemoteEndpoint}: the server's secret key (given as Z85 text or
 * read from a key file at deployment) and the client public keys it admits.
 *
 * @param secretKey the server's Z85 secret key
 * @param allowedClients the admitted client public keys; empty admits any client knowing the server key
 */
public record ServerCurve(String secretKey, List<String> allowedClients) {

    private static final String SECRET = "curve.secret-key";
    private static final String SECRET_FILE = "curve.secret-key-file";
    private static final String ALLOWED = "curve.allowed-clients";

    /**
     * Reads the settings of an endpoint.
     *
     * @param settings the endpoint's settings
     * @param annotation its annotation
     * @param problems receives each problem
     * @return the settings, or empty when CURVE is off or the settings have problems
     */
    public static Optional<ServerCurve> read(Settings settings, RemoteEndpoint annotation, List<String> problems) {
        int before = problems.size();
        String secret = Attempts.attempt(problems, () -> KeyText.secretText(settings, SECRET, annotation.curveSecretKey()));
        String file = Attempts.attempt(problems, () -> settings.text(SECRET_FILE, annotation.curveSecretKeyFile()));
        List<String> allowed = Attempts.attempt(problems, () -> settings.list(ALLOWED, annotation.curveAllowedClients()));
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (!secret.isEmpty() && !file.isEmpty()) {
            problems.add("set " + SECRET + " or " + SECRET_FILE + ", not both");
            return Optional.empty();
        }
        String key = file.isEmpty() ? secret : Attempts.attempt(problems,
                () -> KeyText.require(KeyText.read(file, SECRET_FILE).secretKey(), "secret", file, SECRET_FILE));
        if (key == null) {
            return Optional.empty();
        }
        if (key.isEmpty()) {
            if (!allowed.isEmpty()) {
                problems.add(ALLOWED + " needs " + SECRET + " or " + SECRET_FILE);
            }
            return Optional.empty();
        }
        if (file.isEmpty()) {
            Attempts.attempt(problems, () -> KeyText.check(key, "secret", SECRET));
        }
        allowed.forEach(k -> Attempts.attempt(problems, () -> KeyText.check(k, "public", ALLOWED)));
        return problems.size() > before ? Optional.empty() : Optional.of(new ServerCurve(key, List.copyOf(allowed)));
    }

    /**
     * Makes the server being built a CURVE server.
     *
     * @param options the options
     */
    public void applyTo(ServerOptions.Builder options) {
        options.curveServer(secretKey).curveAllow(allowedClients);
    }

    /** Keeps the secret key out of logs and problem messages. */
    @Override
    public String toString() {
        return "CURVE server admitting " + (allowedClients.isEmpty() ? "any client" : allowedClients.size() + " clients");
    }
}
