package io.zmqrpc.runtime.dispatch;

import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.ParametersException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.runtime.python.PythonRepr;
import java.util.List;

/** Builds the two errors the dispatcher itself answers with, exactly as aiozmq words them. */
final class Failures {

    private Failures() {
    }

    static MethodNotFoundException notFound(String name) {
        return new MethodNotFoundException(new RemoteError(MethodNotFoundException.REMOTE_TYPE, List.of(name),
                "NotFoundError(" + PythonRepr.string(name) + ")"));
    }

    /**
     * aiozmq raises {@code ParametersError(repr(exc))} for the TypeError that
     * {@code Signature.bind} raised, so its one argument reads {@code TypeError("...")}.
     */
    static ParametersException parameters(String message) {
        String typeError = "TypeError(" + PythonRepr.string(message) + ")";
        return new ParametersException(new RemoteError(ParametersException.REMOTE_TYPE, List.of(typeError),
                "ParametersError(" + PythonRepr.string(typeError) + ")"));
    }
}
