package io.zmqrpc.cdi.nootel;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.RpcMethod;
import jakarta.enterprise.context.ApplicationScoped;

/** An endpoint that answers what it is sent. */
@ApplicationScoped
@RemoteEndpoint(bind = "tcp://127.0.0.1:*", name = "EchoService")
public class EchoService {

    /**
     * Echoes.
     *
     * @param text anything
     * @return the same
     */
    @RpcMethod
    public String echo(String text) {
        return text;
    }
}
