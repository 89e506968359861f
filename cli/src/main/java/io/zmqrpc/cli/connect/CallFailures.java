package io.zmqrpc.cli.connect;

import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.ServiceClosedException;
import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.options.Endpoint;
import io.zmqrpc.runtime.python.PythonRepr;
import io.zmqrpc.runtime.wire.UnencodableValueException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What a call's failure means for the command line: a remote error exits 1 with its type, args
 * and repr; a local timeout exits 3 (nothing answered: the endpoint is unreachable, serves nothing,
 * or refused the CURVE handshake, which ZeroMQ answers with silence); a value that cannot be sent
 * exits 2.
 */
public final class CallFailures {

    private CallFailures() {
    }

    /**
     * Translates a failure.
     *
     * @param failure what the call threw or completed with
     * @param endpoint where it went
     * @param timeout its timeout
     * @return the command line's failure
     */
    public static CliException of(Throwable failure, Endpoint endpoint, Duration timeout) {
        Throwable cause = unwrap(failure);
        RemoteError remote = RemoteError.of(cause);
        if (remote != null) {
            return CliException.remote(describe(remote));
        }
        if (cause instanceof RpcTimeoutException || cause instanceof ServiceClosedException) {
            return CliException.unreachable("no reply from " + endpoint + " within " + text(timeout)
                    + ": it is unreachable, serves nothing there, or refused the connection (CURVE keys)");
        }
        if (cause instanceof UnencodableValueException e) {
            return CliException.usage("cannot send the arguments: " + e.getMessage());
        }
        return new CliException(io.zmqrpc.cli.ExitCode.REMOTE, "the call failed: " + cause);
    }

    /**
     * A remote error as the command line shows it: {@code builtins.ValueError: ('bad value',)}, then
     * its repr on the next line.
     *
     * @param remote the error
     * @return the text
     */
    public static String describe(RemoteError remote) {
        return remote.type() + ": " + PythonRepr.tuple(remote.args()) + System.lineSeparator()
                + "  repr: " + remote.repr();
    }

    /**
     * The exception behind the wrappers of futures.
     *
     * @param failure a failure
     * @return its cause through completion and execution wrappers
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * A duration as the user writes it: {@code 5s}, {@code 250ms}.
     *
     * @param d the duration
     * @return the text
     */
    public static String text(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
