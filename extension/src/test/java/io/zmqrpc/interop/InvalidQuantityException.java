package io.zmqrpc.interop;

/**
 * A Java exception the interop server's registry names {@code builtins.ValueError}, so that
 * Python clients raise a real {@code ValueError} for it.
 */
public class InvalidQuantityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message
     */
    public InvalidQuantityException(String message) {
        super(message);
    }
}
