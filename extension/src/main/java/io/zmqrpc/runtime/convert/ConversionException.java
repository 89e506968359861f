package io.zmqrpc.runtime.convert;

/** TEMPORARY stub, replaced by the convert branch. */
public class ConversionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String path;

    public ConversionException(String message, String path) {
        super(message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
