package io.zmqrpc.cli;

/**
 * A command's failure with the exit code it ends with; its message is the one line printed on
 * stderr (more lines only for remote errors, whose type, args and repr each get one).
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * Creates the failure.
     *
     * @param exitCode one of {@link ExitCode}'s codes
     * @param message what to print
     */
    public CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /**
     * A usage or syntax error (exit 2).
     *
     * @param message which argument and why
     * @return the failure
     */
    public static CliException usage(String message) {
        return new CliException(ExitCode.USAGE, message);
    }

    /**
     * A timeout or an unreachable endpoint (exit 3).
     *
     * @param message what did not answer
     * @return the failure
     */
    public static CliException unreachable(String message) {
        return new CliException(ExitCode.UNREACHABLE, message);
    }

    /**
     * A remote error or an empty answer (exit 1).
     *
     * @param message what the remote said
     * @return the failure
     */
    public static CliException remote(String message) {
        return new CliException(ExitCode.REMOTE, message);
    }

    /** @return the exit code */
    public int exitCode() {
        return exitCode;
    }
}
