package io.zmqrpc.interop;

/** The application exception the interop tests map to Python's {@code mymod.OutOfStock}. */
public class OutOfStockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; the registry passes the remote error's message.
     *
     * @param message the message
     */
    public OutOfStockException(String message) {
        super(message);
    }
}
