package io.zmqrpc.runtime.otel;

import java.util.Locale;

/**
 * The {@code server.address}, {@code server.port} and {@code network.transport} of a ZeroMQ
 * endpoint: {@code tcp://10.0.0.5:5555} is {@code 10.0.0.5}, 5555, {@code tcp};
 * {@code ipc:///tmp/calc} is {@code /tmp/calc}, no port, {@code ipc}.
 *
 * @param address the host (brackets of an IPv6 literal removed) or the path or name
 * @param port the port, or -1 when the endpoint has none (or an unresolved wildcard)
 * @param transport the ZeroMQ transport, lower case, or null when the text names none
 */
record ServerAddress(String address, long port, String transport) {

    /** What an observer of no endpoint at all reports: nothing. */
    static final ServerAddress NONE = new ServerAddress(null, -1, null);

    static ServerAddress parse(String endpoint) {
        if (endpoint == null || endpoint.isEmpty()) {
            return NONE;
        }
        int scheme = endpoint.indexOf("://");
        if (scheme < 0) {
            return new ServerAddress(endpoint, -1, null);
        }
        String transport = endpoint.substring(0, scheme).toLowerCase(Locale.ROOT);
        String rest = endpoint.substring(scheme + 3);
        if (!transport.equals("tcp")) {
            return new ServerAddress(rest, -1, transport);
        }
        // a connect endpoint may name its source first: tcp://eth0:0;server:5555
        rest = rest.substring(rest.lastIndexOf(';') + 1);
        int colon = rest.lastIndexOf(':');
        String host = colon < 0 ? rest : rest.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new ServerAddress(host, colon < 0 ? -1 : port(rest.substring(colon + 1)), transport);
    }

    /** A number, or -1 for a wildcard ({@code *}, {@code !}) or anything else that is no port. */
    private static long port(String text) {
        try {
            long port = Long.parseLong(text);
            return port > 0 && port <= 65535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
