package io.zmqrpc.observe;

/** Why a side dropped or refused a message that never became a call, or a reply never delivered. */
public enum DropReason {
    /** The frames do not have the pattern's layout (count, header size): nothing is answered. */
    MALFORMED,
    /** The method name is not UTF-8: nothing is answered, as with aiozmq. */
    UNDECODABLE,
    /** A peer's CURVE handshake was refused (unknown key, or no CURVE at all). */
    UNAUTHORISED,
    /** A reply held for a client, or on its way, was dropped because the client went away. */
    REPLY_DROPPED,
    /** A request whose caller's deadline had passed when it was read: not started, answered with a timeout. */
    EXPIRED,
    /**
     * A request read while its server drains (its close has begun): answered at once with
     * {@code ServiceClosedException}, not started.
     */
    REFUSED,
    /** A reply arrived for a call nobody waits for (timed out, or never sent): logged and dropped. */
    STRAY_REPLY
}
