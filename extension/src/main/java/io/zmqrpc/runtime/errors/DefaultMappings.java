package io.zmqrpc.runtime.errors;

import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.ParametersException;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.runtime.wire.UnencodableValueException;
import java.time.DateTimeException;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;

/**
 * The fixed whitelist of remote names every registry understands, after user entries (the table in
 * the package documentation explains each choice). The exceptions are built by plain constructor
 * calls: no class is ever loaded because a peer named it.
 */
final class DefaultMappings {

    /** What a Java server calls a timeout, resolvable by every aiozmq client (see package docs). */
    static final String TIMEOUT_REMOTE_TYPE = "asyncio.TimeoutError";

    private static final Map<String, ExceptionFactory> BY_NAME = table();

    private DefaultMappings() {
    }

    /** The default factory for a remote name, or {@code null}. */
    static ExceptionFactory forName(String remoteType) {
        return BY_NAME.get(remoteType);
    }

    /**
     * The name zmqrpc's own exceptions travel under when they do not carry a remote error, so that
     * aiozmq clients raise their own classes; else the Java class name.
     */
    static String remoteName(Class<?> type) {
        if (MethodNotFoundException.class.isAssignableFrom(type)) {
            return MethodNotFoundException.REMOTE_TYPE;
        }
        if (ParametersException.class.isAssignableFrom(type)) {
            return ParametersException.REMOTE_TYPE;
        }
        if (RpcTimeoutException.class.isAssignableFrom(type)) {
            return TIMEOUT_REMOTE_TYPE;
        }
        if (UnencodableValueException.class.isAssignableFrom(type)) {
            // what aiozmq answers when its packer refuses a result ("Unknown type")
            return "builtins.TypeError";
        }
        return type.getName();
    }

    private static Map<String, ExceptionFactory> table() {
        Map<String, ExceptionFactory> t = new HashMap<>();
        // aiozmq's own, and zmqrpc's own under their Java names (a tolerant reading of odd peers)
        names(t, MethodNotFoundException::new, MethodNotFoundException.REMOTE_TYPE, "io.zmqrpc.MethodNotFoundException");
        names(t, ParametersException::new, ParametersException.REMOTE_TYPE, "io.zmqrpc.ParametersException");
        names(t, RpcTimeoutException::new, TIMEOUT_REMOTE_TYPE, "asyncio.exceptions.TimeoutError", "builtins.TimeoutError",
                "concurrent.futures._base.TimeoutError", "io.zmqrpc.RpcTimeoutException", "java.util.concurrent.TimeoutException");

        // Python builtins and asyncio, by the meaning of the Java exception a local call would throw
        names(t, e -> new IllegalArgumentException(e.message()), "builtins.ValueError", "builtins.TypeError",
                "builtins.UnicodeError", "builtins.UnicodeDecodeError", "builtins.UnicodeEncodeError",
                "builtins.UnicodeTranslateError", "java.lang.IllegalArgumentException");
        names(t, e -> new NoSuchElementException(e.message()), "builtins.KeyError", "builtins.LookupError",
                "builtins.StopIteration", "builtins.StopAsyncIteration", "asyncio.queues.QueueEmpty", "asyncio.QueueEmpty",
                "java.util.NoSuchElementException");
        names(t, e -> new IndexOutOfBoundsException(e.message()), "builtins.IndexError", "java.lang.IndexOutOfBoundsException");
        names(t, e -> new ArithmeticException(e.message()), "builtins.ArithmeticError", "builtins.ZeroDivisionError",
                "builtins.OverflowError", "builtins.FloatingPointError", "java.lang.ArithmeticException");
        names(t, e -> new UnsupportedOperationException(e.message()), "builtins.NotImplementedError",
                "java.lang.UnsupportedOperationException");
        names(t, e -> new AssertionError((Object) e.message()), "builtins.AssertionError", "java.lang.AssertionError");
        names(t, e -> new CancellationException(e.message()), "asyncio.exceptions.CancelledError", "asyncio.CancelledError",
                "concurrent.futures._base.CancelledError", "java.util.concurrent.CancellationException");
        names(t, e -> new IllegalStateException(e.message()), "asyncio.exceptions.InvalidStateError", "asyncio.InvalidStateError",
                "concurrent.futures._base.InvalidStateError", "asyncio.queues.QueueFull", "asyncio.QueueFull",
                "java.lang.IllegalStateException");

        // Java's common unchecked exceptions, so that Java-to-Java calls keep their types
        names(t, e -> new NullPointerException(e.message()), "java.lang.NullPointerException");
        names(t, e -> new ArrayIndexOutOfBoundsException(e.message()), "java.lang.ArrayIndexOutOfBoundsException");
        names(t, e -> new StringIndexOutOfBoundsException(e.message()), "java.lang.StringIndexOutOfBoundsException");
        names(t, e -> new ClassCastException(e.message()), "java.lang.ClassCastException");
        names(t, e -> new NumberFormatException(e.message()), "java.lang.NumberFormatException");
        names(t, e -> new SecurityException(e.message()), "java.lang.SecurityException");
        names(t, e -> new ConcurrentModificationException(e.message()), "java.util.ConcurrentModificationException");
        names(t, e -> new RejectedExecutionException(e.message()), "java.util.concurrent.RejectedExecutionException");
        names(t, e -> new DateTimeException(e.message()), "java.time.DateTimeException");
        return Map.copyOf(t);
    }

    private static void names(Map<String, ExceptionFactory> table, ExceptionFactory factory, String... remoteTypes) {
        for (String remoteType : remoteTypes) {
            table.put(remoteType, factory);
        }
    }
}
