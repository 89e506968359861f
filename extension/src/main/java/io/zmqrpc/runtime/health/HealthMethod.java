package io.zmqrpc.runtime.health;

import io.zmqrpc.RpcMethod;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The handler behind {@code _zmqrpc.health}: answers the server's {@link ServerHealth} as
 * {@code {"status": "UP"|"DOWN", "endpoint": name, "state": "serving"|"draining",
 * "checks": {"serving": bool, "endpoints": bool, "socket-thread": bool}, "in-flight": n}}
 * (this call counted). Public only because the dispatcher reaches remote methods of public classes
 * without access overrides.
 */
public final class HealthMethod {

    private final Supplier<ServerHealth> health;

    HealthMethod(Supplier<ServerHealth> health) {
        this.health = health;
    }

    /**
     * The server's health, read at each call.
     *
     * @return the reply map, in the order the docs give
     */
    @RpcMethod
    public Map<String, Object> health() {
        ServerHealth now = health.get();
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", now.up() ? "UP" : "DOWN");
        reply.put("endpoint", now.name());
        reply.put("state", now.state().label());
        reply.put("checks", now.checks());
        reply.put("in-flight", now.inFlight());
        return reply;
    }
}
