package io.zmqrpc.runtime.pubsub;

import io.zmqrpc.RpcMethod;
import io.zmqrpc.testing.Inbox;

/** A pub/sub handler that records each published call in an {@link Inbox}. */
public class Listener {

    private final Inbox inbox;

    Listener(Inbox inbox) {
        this.inbox = inbox;
    }

    @RpcMethod
    public void event(String what, long n) {
        inbox.add(what + n);
    }
}
