package io.zmqrpc.runtime.wire;

/** A message from a peer that does not follow the wire format; it is logged and dropped. */
public class WireFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is malformed
     */
    public WireFormatException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what is malformed
     * @param cause the underlying failure
     */
    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
