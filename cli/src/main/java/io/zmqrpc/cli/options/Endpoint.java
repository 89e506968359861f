package io.zmqrpc.cli.options;

import java.util.regex.Pattern;

/**
 * A ZeroMQ endpoint as typed on the command line, checked before any socket opens:
 * {@code tcp://host:port} (port 1..65535, or {@code *} where binding picks one), {@code ipc://path}
 * or {@code inproc://name}.
 *
 * @param address the endpoint text
 */
public record Endpoint(String address) {

    private static final Pattern TCP = Pattern.compile("tcp://(\\[[0-9A-Fa-f:.]+]|[^:/\\[\\]\\s]+):(\\*|\\d{1,5})");
    private static final Pattern OTHER = Pattern.compile("(ipc|inproc)://\\S+");

    /**
     * Parses an endpoint.
     *
     * @param text what the user typed
     * @return the endpoint
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static Endpoint parse(String text) {
        java.util.regex.Matcher tcp = TCP.matcher(text);
        if (tcp.matches()) {
            String port = tcp.group(2);
            if (!port.equals("*") && (Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535)) {
                throw new IllegalArgumentException("bad endpoint '" + text + "': port " + port + " is not 1..65535");
            }
            return new Endpoint(text);
        }
        if (OTHER.matcher(text).matches()) {
            return new Endpoint(text);
        }
        throw new IllegalArgumentException("bad endpoint '" + text + "': write tcp://host:port or ipc://path");
    }

    @Override
    public String toString() {
        return address;
    }
}
