package io.zmqrpc.runtime.errors;

import io.zmqrpc.RemoteArguments;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcException;
import io.zmqrpc.runtime.python.PythonRepr;
import io.zmqrpc.spi.ErrorRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Server side: what an error reply says about a failure, the {@code [type, args, repr]} that
 * aiozmq sends, with a repr written the way Python writes it
 * ({@code NotFoundError('missing')}, {@code ValueError('bad value', 42)}).
 */
public final class ErrorReplies {

    /** Wrappers nest at most a few deep; the bound only guards against a cause cycle. */
    private static final int MAX_UNWRAP_DEPTH = 32;

    private ErrorReplies() {
    }

    /**
     * Describes a handler's failure for an error reply. The type is the registry's remote name; the
     * args are {@link RemoteArguments#remoteArgs()} when the exception implements it, the peer's
     * args when it carries a remote error, else {@code [message]} (or {@code []} without one). A
     * remote error passed on under its own name keeps the peer's repr.
     *
     * @param registry names the failure
     * @param failure what the handler threw, possibly wrapped (see {@link #unwrap(Throwable)})
     * @return the type, args and repr to send
     */
    public static RemoteError describe(ErrorRegistry registry, Throwable failure) {
        Throwable cause = unwrap(failure);
        String type = registry.remoteName(cause);
        RemoteError carried = cause instanceof RpcException rpc ? rpc.remoteError() : null;
        List<Object> args = arguments(cause, carried);
        if (carried != null && carried.type().equals(type) && !carried.repr().isEmpty()) {
            return new RemoteError(type, args, carried.repr());
        }
        return new RemoteError(type, args, PythonRepr.exception(shortName(type), args));
    }

    /**
     * The failure behind the wrappers that executors, futures, reflection and proxies put around it:
     * {@link CompletionException}, {@link ExecutionException}, {@link InvocationTargetException} and
     * {@link UndeclaredThrowableException}. A wrapper without a cause is returned as is.
     *
     * @param failure a possibly wrapped failure
     * @return the innermost cause that is not such a wrapper
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < MAX_UNWRAP_DEPTH && isWrapper(current) && current.getCause() != null; depth++) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isWrapper(Throwable t) {
        return t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof InvocationTargetException || t instanceof UndeclaredThrowableException;
    }

    private static List<Object> arguments(Throwable failure, RemoteError carried) {
        if (failure instanceof RemoteArguments structured) {
            List<Object> args = structured.remoteArgs();
            return args == null ? List.of() : args;
        }
        if (carried != null) {
            return carried.args();
        }
        return failure.getMessage() == null ? List.of() : List.of(failure.getMessage());
    }

    /** Python's {@code type(e).__name__}: the last part of the name, and of a nested Java class. */
    static String shortName(String remoteType) {
        String name = remoteType.substring(remoteType.lastIndexOf('.') + 1);
        String nested = name.substring(name.lastIndexOf('$') + 1);
        // anonymous and local classes (Outer$1, Outer$1Local) have no better name than the whole
        return nested.isEmpty() || Character.isDigit(nested.charAt(0)) ? name : nested;
    }
}
