package io.zmqrpc;

/** The three ZeroMQ messaging patterns aiozmq offers, and the sockets each uses. */
public enum Pattern {
    /** Request/reply: the client's DEALER talks to the server's ROUTER; every call gets a reply. */
    RPC,
    /** Pipeline: the client's PUSH feeds the server's PULL; fire and forget, no reply. */
    PIPELINE,
    /** Pub/sub: the client's PUB publishes to topics the server's SUB subscribed to; no reply. */
    PUBSUB
}
