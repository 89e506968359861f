package io.zmqrpc.observe;

/** Which end of a call an observation is made at. */
public enum Side {
    /** The caller: a request/reply client, a pipeline pusher or a publisher. */
    CLIENT,
    /** The callee: the server that runs the handler. */
    SERVER
}
