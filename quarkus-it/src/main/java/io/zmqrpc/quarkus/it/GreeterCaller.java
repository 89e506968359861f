package io.zmqrpc.quarkus.it;

import io.zmqrpc.inject.RpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Calls {@link GreeterEndpoint} through the clients zmqrpc injects, at {@code ${greeter.address}}. */
@ApplicationScoped
public class GreeterCaller {

    @Inject
    @RpcClient(connect = "${greeter.address}", timeout = "5s")
    Greeter greeter;

    @Inject
    @RpcClient(connect = "${greeter.address}")
    io.zmqrpc.RpcChannel dynamic;

    /**
     * The typed client.
     *
     * @return the client
     */
    public Greeter greeter() {
        return greeter;
    }

    /**
     * The dynamic client.
     *
     * @return the client
     */
    public io.zmqrpc.RpcChannel dynamic() {
        return dynamic;
    }
}
