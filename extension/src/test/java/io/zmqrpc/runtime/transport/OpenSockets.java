package io.zmqrpc.runtime.transport;

/** How many JeroMQ sockets the shared context holds open right now, for tests that count them. */
public final class OpenSockets {

    private OpenSockets() {
    }

    /**
     * Counts the sockets of the shared context.
     *
     * @return the number of open sockets
     */
    public static int count() {
        try {
            return SharedContext.acquire().getSockets().size();
        } finally {
            SharedContext.release();
        }
    }
}
