package io.zmqrpc.runtime.pubsub;

/** The typed publisher view of {@link Listener}. */
public interface Events {

    void event(String what, long n);
}
