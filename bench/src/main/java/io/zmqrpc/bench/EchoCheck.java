package io.zmqrpc.bench;

import java.util.Arrays;
import java.util.concurrent.CompletionException;

/**
 * The check every contender makes of what comes back, so that a broken echo fails the run instead
 * of being measured as fast: the echo must have the payload's length and content. Payloads up to
 * {@value #WHOLE_LIMIT} bytes are compared whole; a larger one by its first, middle and last byte,
 * which keeps the check a small part of the call (a truncated or shifted echo still fails it).
 */
final class EchoCheck {

    static final int WHOLE_LIMIT = 1024;

    private EchoCheck() {
    }

    /**
     * Returns {@code echo} when it echoes {@code sent}.
     *
     * @throws WrongEchoException naming {@code system} otherwise
     */
    static byte[] verify(String system, byte[] sent, byte[] echo) {
        if (echo == null || echo.length != sent.length) {
            throw new WrongEchoException(system, (echo == null ? "nothing" : echo.length + " bytes")
                    + " back for " + sent.length + " sent");
        }
        if (!sameContent(sent, echo)) {
            throw new WrongEchoException(system, "the " + sent.length + " bytes back differ from those sent");
        }
        return echo;
    }

    private static boolean sameContent(byte[] sent, byte[] echo) {
        if (sent.length <= WHOLE_LIMIT) {
            return Arrays.equals(sent, echo);
        }
        int middle = sent.length / 2;
        int last = sent.length - 1;
        return sent[0] == echo[0] && sent[middle] == echo[middle] && sent[last] == echo[last];
    }

    /**
     * The exception a failed call of {@code system} ends the run with: a wrong echo as it is, any
     * other error wrapped in one that names the system.
     */
    static RuntimeException failure(String system, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof WrongEchoException wrong
                ? wrong
                : new IllegalStateException(system + ": echo call failed: " + cause, cause);
    }

    /** What a contender sent back was not the echo of what it was given. */
    static final class WrongEchoException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        WrongEchoException(String system, String what) {
            super(system + ": wrong echo, " + what);
        }
    }
}
