package io.zmqrpc.runtime.health;

import io.zmqrpc.runtime.Handlers;
import java.util.function.Supplier;

/** Makes the handler of the reserved {@code _zmqrpc.health} for a server. */
public final class Health {

    /** The remote name of the health answer. */
    public static final String HEALTH = "_zmqrpc.health";

    private Health() {
    }

    /**
     * The handler to serve under the reserved {@code _zmqrpc} namespace. It runs inline, on the
     * thread that read the request: it never blocks, and so it answers even while every handler
     * thread is busy, without a hand-off.
     *
     * @param health reads the server's health at each call
     * @return the handler
     */
    public static Object method(Supplier<ServerHealth> health) {
        return Handlers.inline(new HealthMethod(health));
    }
}
