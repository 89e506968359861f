package io.zmqrpc.runtime.pubsub;

import io.zmqrpc.RpcMethod;
import io.zmqrpc.testing.Inbox;

/** The Java twin of the Python interop subscriber: {@code record(what, i, kind=...)}. */
public class Recorder {

    private final Inbox inbox;

    Recorder(Inbox inbox) {
        this.inbox = inbox;
    }

    @RpcMethod
    public void record(String what, long i, String kind) {
        inbox.add(kind + ":" + what + i);
    }
}
