package io.zmqrpc.observe;

/** How a call ended, as the side that observed it saw it. */
public enum Outcome {
    /** The handler returned (server), the reply was a result (client), a one-way call was queued (client). */
    OK,
    /** The handler raised (server), or the reply was an error (client); {@link CallEnd#errorType()} names it. */
    ERROR,
    /** The call's timeout passed: the client's call timeout, or the server's handler timeout. */
    TIMEOUT,
    /** Nobody waits for the call any more: its client went away (server), or its caller was interrupted (client). */
    CANCELLED,
    /** The client or the server closed before the call completed, or the handler executor refused it. */
    CLOSED,
    /** The caller's deadline had passed when the server read the call: it was not started. */
    EXPIRED,
    /**
     * The call failed on this side before or after the wire: a value that cannot be encoded, a reply
     * that cannot be read or converted, no room in the pending-call table.
     */
    FAILED
}
