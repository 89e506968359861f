package io.zmqrpc.runtime.wire;

/**
 * A value that cannot be sent (an unsupported type, a cycle, a map key a Python peer refuses):
 * raised on the sending side before anything is written, naming the type and the path inside the
 * value, for example {@code args[0].lines[2].sku}.
 */
public class UnencodableValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String path;

    /**
     * Creates the exception.
     *
     * @param problem what cannot be encoded
     * @param path where inside the value, empty for the value itself
     */
    public UnencodableValueException(String problem, String path) {
        super(path.isEmpty() ? problem : problem + " at " + path);
        this.problem = problem;
        this.path = path;
    }

    /**
     * Where inside the value the problem is.
     *
     * @return the path, for example {@code [0].items[2]}
     */
    public String path() {
        return path;
    }

    /**
     * The same problem one level further out.
     *
     * @param segment the segment to put in front, {@code [3]} or {@code .name} or a root name
     * @return a new exception with the longer path
     */
    public UnencodableValueException under(String segment) {
        String joined = path.isEmpty() || path.startsWith("[") || segment.isEmpty() ? segment + path : segment + "." + path;
        UnencodableValueException e = new UnencodableValueException(problem, joined);
        e.setStackTrace(getStackTrace());
        return e;
    }
}
