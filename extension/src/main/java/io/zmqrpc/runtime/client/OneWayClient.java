package io.zmqrpc.runtime.client;

import java.util.List;

/** What the pipeline and pub/sub clients share: a connection that only sends, and its lifecycle. */
abstract class OneWayClient implements AutoCloseable {

    final OneWayConnection connection;

    OneWayClient(OneWayConnection connection) {
        this.connection = connection;
    }

    /**
     * The endpoints the socket is bound to, wildcard ports resolved, then those it connected to.
     *
     * @return the endpoints
     */
    public List<String> endpoints() {
        return connection.endpoints();
    }

    /** Closes the socket; what is queued gets the options' linger to leave. */
    @Override
    public void close() {
        connection.close();
    }
}
