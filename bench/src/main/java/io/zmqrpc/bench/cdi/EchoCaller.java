package io.zmqrpc.bench.cdi;

import io.zmqrpc.RpcChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Holds the client the extension injects, connected to the address in {@value #CONNECT_KEY}. */
@ApplicationScoped
public class EchoCaller {

    /** The system property the injection point's address is resolved from. */
    public static final String CONNECT_KEY = "zmqrpc.bench.cdi.connect";

    @Inject
    @io.zmqrpc.inject.RpcClient(connect = "${" + CONNECT_KEY + "}")
    RpcChannel client;

    /**
     * The injected client.
     *
     * @return the client, as the container injected it
     */
    public RpcChannel client() {
        return client;
    }
}
