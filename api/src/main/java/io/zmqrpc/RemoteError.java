package io.zmqrpc;

import java.util.List;
import java.util.Objects;

/**
 * What a peer said about a failure: the remote exception's type name (for example
 * {@code builtins.ValueError}), its arguments and its repr, exactly as they came off the wire.
 *
 * @param type the remote exception type name, {@code module.QualifiedName} for Python peers
 * @param args the exception arguments (decoded msgpack values)
 * @param repr the remote {@code repr()} of the exception
 */
public record RemoteError(String type, List<Object> args, String repr) {

    /**
     * Creates a remote error description.
     *
     * @param type the remote type name
     * @param args the arguments, copied
     * @param repr the repr text
     */
    public RemoteError {
        Objects.requireNonNull(type, "type");
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        repr = repr == null ? "" : repr;
    }

    /**
     * The first argument as text, which is the message for most exceptions, or the repr when there
     * are no arguments.
     *
     * @return a human-readable message
     */
    public String message() {
        return args.isEmpty() ? repr : String.valueOf(args.get(0));
    }

    /**
     * Finds the remote error behind an exception thrown by a client call: the exception itself when
     * it is an {@link RpcException} that carries one, else the first such exception in its cause
     * chain (translated exceptions such as {@link IllegalArgumentException} carry a
     * {@link GenericRpcException} as their cause, or as a suppressed exception when their cause
     * was already set).
     *
     * @param failure an exception thrown by a remote call
     * @return the remote error, or {@code null} when the failure did not come from a peer
     */
    public static RemoteError of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RpcException rpc && rpc.remoteError() != null) {
                return rpc.remoteError();
            }
            // Where the cause was taken, the registry attaches the details as a suppressed exception.
            for (Throwable s : t.getSuppressed()) {
                if (s instanceof GenericRpcException g) {
                    return g.remoteError();
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
