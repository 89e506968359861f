package io.zmqrpc.runtime.transport;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.zeromq.ZMQ;

/**
 * The CURVE role of one server or client socket: a server holds its secret key and, optionally, the
 * public keys of the clients it admits; a client holds its key pair and the server's public key.
 * Made by the options builders' {@code curveServer}/{@code curveClient}; applied by the socket's
 * loop with the rest of its {@link SocketSettings}.
 *
 * @param server true for the server role
 * @param secretKey this side's Z85 secret key
 * @param publicKey this side's Z85 public key (client only; null for a server)
 * @param serverPublicKey the server's Z85 public key (client only)
 * @param allowedClients the Z85 public keys a server admits; empty admits any client that knows
 *        the server's public key
 * @param zapDomain the ZAP domain naming this server's allow-list to the ZAP handler
 */
public record CurveSettings(boolean server, String secretKey, String publicKey, String serverPublicKey,
        Set<String> allowedClients, String zapDomain) {

    private static final AtomicLong DOMAINS = new AtomicLong();

    /**
     * Validates the keys.
     *
     * @param server the role
     * @param secretKey the secret key
     * @param publicKey the public key
     * @param serverPublicKey the server's public key
     * @param allowedClients the allow-list
     * @param zapDomain the ZAP domain
     */
    public CurveSettings {
        Z85Key.decode("CURVE secret key", secretKey);
        if (!server) {
            Z85Key.decode("CURVE public key", publicKey);
            Z85Key.decode("CURVE server public key", serverPublicKey);
        }
        allowedClients = Set.copyOf(allowedClients);
        allowedClients.forEach(k -> Z85Key.decode("allowed CURVE client key", k));
    }

    /**
     * The server role.
     *
     * @param secretKey the server's Z85 secret key
     * @param allowedClients client public keys admitted; empty admits any client knowing the server key
     * @return the settings, with a ZAP domain of their own
     */
    public static CurveSettings server(String secretKey, Set<String> allowedClients) {
        return new CurveSettings(true, secretKey, null, null, allowedClients,
                "zmqrpc-" + DOMAINS.incrementAndGet());
    }

    /**
     * The client role.
     *
     * @param publicKey the client's Z85 public key
     * @param secretKey the client's Z85 secret key
     * @param serverPublicKey the server's Z85 public key
     * @return the settings
     */
    public static CurveSettings client(String publicKey, String secretKey, String serverPublicKey) {
        return new CurveSettings(false, secretKey, publicKey, serverPublicKey, Set.of(), "");
    }

    /**
     * The same role admitting these clients.
     *
     * @param clients Z85 client public keys
     * @return the settings
     * @throws IllegalStateException on the client role
     */
    public CurveSettings allow(Set<String> clients) {
        if (!server) {
            throw new IllegalStateException("an allow-list of clients applies to a CURVE server only");
        }
        return new CurveSettings(true, secretKey, null, null, clients, zapDomain);
    }

    /**
     * Sets the CURVE socket options; called on the socket's thread before bind and connect.
     *
     * @param socket the socket
     */
    public void apply(ZMQ.Socket socket) {
        socket.setCurveSecretKey(Z85Key.decode("CURVE secret key", secretKey));
        if (server) {
            socket.setZapDomain(zapDomain);
            socket.setCurveServer(true);
        } else {
            socket.setCurvePublicKey(Z85Key.decode("CURVE public key", publicKey));
            socket.setCurveServerKey(Z85Key.decode("CURVE server public key", serverPublicKey));
        }
    }

    /** Keeps the secret key out of logs. */
    @Override
    public String toString() {
        return "CurveSettings[" + (server ? "server, " + allowedClients.size() + " allowed clients, domain " + zapDomain
                : "client " + publicKey + ", server " + serverPublicKey) + "]";
    }
}
