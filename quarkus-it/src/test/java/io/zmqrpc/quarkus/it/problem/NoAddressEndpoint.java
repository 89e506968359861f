package io.zmqrpc.quarkus.it.problem;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.RpcMethod;
import jakarta.enterprise.context.ApplicationScoped;

/** An endpoint with no address: the build must fail naming it. */
@ApplicationScoped
@RemoteEndpoint(name = "Nowhere")
public class NoAddressEndpoint {

    /**
     * Never served.
     *
     * @return nothing useful
     */
    @RpcMethod
    public String ping() {
        return "pong";
    }
}
