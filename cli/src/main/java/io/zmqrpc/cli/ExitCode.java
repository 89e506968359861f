package io.zmqrpc.cli;

/** The exit codes of every {@code zmqrpc} command. */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** The remote raised, a server described nothing, or an unexpected local failure. */
    public static final int REMOTE = 1;
    /** Usage or argument syntax; nothing was sent. */
    public static final int USAGE = 2;
    /** A timeout, or the endpoint is unreachable or refused the connection (CURVE). */
    public static final int UNREACHABLE = 3;

    private ExitCode() {
    }
}
