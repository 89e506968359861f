package io.zmqrpc.observe;

import io.zmqrpc.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A call as it starts, handed to {@link CallListener#started}. On the client it is built on the
 * caller's thread once the arguments are encoded, before anything is sent; on the server, on the
 * thread that runs the handler, once the method name is read, before the handler runs.
 *
 * @param side the client or the server side
 * @param pattern request/reply, pipeline or pub/sub
 * @param method the remote method name, dotted for namespaces, as it travels
 * @param endpoint the name of the client or server observing (its options' {@code name})
 * @param addresses the ZeroMQ endpoints of the observing socket: a client's connect and bind
 *        endpoints, a server's bound (resolved) and connected endpoints
 * @param peer the caller's routing identity in hex on a request/reply server; null elsewhere
 *        (ZeroMQ tells a PULL or SUB socket nothing about the sender)
 * @param requestBytes the size of the encoded arguments and keyword arguments
 * @param metadata the call context's text entries. On a request/reply client the map is writable:
 *        what listeners put there travels to the server in the call-context frame (a trace
 *        context, for instance). On a server it holds what arrived, read-only, empty when the
 *        caller sent none (any aiozmq client). Pipeline and pub/sub carry none: their frame
 *        layout has no room for it.
 * @param timeLeft the time left before the call's deadline, as this side knows it; null when the
 *        call carries none (a server call from an aiozmq client)
 */
public record CallInfo(Side side, Pattern pattern, String method, String endpoint, List<String> addresses,
        String peer, int requestBytes, Map<String, String> metadata, Duration timeLeft) {
}
