package io.zmqrpc.bench.cdi;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.bench.EchoService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The echo served by the extension: an application-scoped bean, so that every call goes through
 * its contextual reference (a client proxy) with a request context active, as in an application.
 */
@ApplicationScoped
@RemoteEndpoint(name = EchoEndpoint.NAME, bind = "tcp://127.0.0.1:*")
public class EchoEndpoint extends EchoService {

    /** The endpoint's name, to look up the port it bound. */
    public static final String NAME = "bench-echo";
}
