package io.zmqrpc.runtime.dispatch;

import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.ParametersException;
import io.zmqrpc.RemoteError;
import java.util.List;

/** Builds the two errors the dispatcher itself answers with, exactly as aiozmq words them. */
final class Failures {

    private Failures() {
    }

    static MethodNotFoundException notFound(String name) {
        return new MethodNotFoundException(new RemoteError(MethodNotFoundException.REMOTE_TYPE, List.of(name),
                "NotFoundError(" + PythonRepr.str(name) + ")"));
    }

    static ParametersException parameters(String message) {
        return new ParametersException(new RemoteError(ParametersException.REMOTE_TYPE, List.of(message),
                "ParametersError(" + PythonRepr.str(message) + ")"));
    }
}
