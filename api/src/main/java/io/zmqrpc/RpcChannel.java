package io.zmqrpc;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A request/reply channel to one or more servers (aiozmq's {@code connect_rpc}): calls remote
 * methods by name with positional and keyword arguments, blocking or asynchronously, and makes
 * typed proxies. Injected in CDI as {@code @Inject @RpcClient(connect = ...) RpcChannel channel;}.
 *
 * <p>One client is safe to use from many threads at once; all calls share one DEALER socket.
 * Every call has a timeout (the client's default, or the one given by {@link #withTimeout});
 * when it expires the call fails with {@link RpcTimeoutException} and leaves nothing behind.
 * {@link #close()} fails every pending call with {@link ServiceClosedException}.
 *
 * <p>Remote failures arrive as {@link MethodNotFoundException}, {@link ParametersException}, the
 * Java exception the error registry maps the remote type to, or {@link GenericRpcException}.
 * A blocking call throws them as they are; an asynchronous call completes its future with them.
 *
 * <pre>{@code
 * RpcChannel client = ZmqRpc.connectRpc(ClientOptions.connect("tcp://127.0.0.1:5555"));
 * long sum = client.call(Long.class, "add", 1, 2);
 * Object r = client.call("ns.echo", List.of("x"), Map.of("upper", true));
 * }</pre>
 */
public interface RpcChannel extends AutoCloseable {

    /**
     * Calls a remote method with positional and keyword arguments and converts the result.
     *
     * @param resultType the Java type to convert the result to ({@code Object.class} for the
     *     untyped form, a {@link java.lang.reflect.ParameterizedType} for generic results)
     * @param name the remote method name, dotted for namespaces
     * @param args the positional arguments
     * @param kwargs the keyword arguments
     * @param <T> the result type
     * @return a future completed with the converted result or the translated remote exception
     */
    <T> CompletableFuture<T> callAsync(Type resultType, String name, List<?> args, Map<String, ?> kwargs);

    /**
     * Calls a remote method asynchronously with positional arguments; the result is untyped
     * ({@code Long}, {@code Double}, {@code String}, {@code byte[]}, {@code List}, {@code Map}, ...).
     *
     * @param name the remote method name
     * @param args the positional arguments
     * @return a future completed with the result
     */
    default CompletableFuture<Object> callAsync(String name, Object... args) {
        return callAsync(Object.class, name, java.util.Arrays.asList(args), Map.of());
    }

    /**
     * Calls a remote method and waits for the result.
     *
     * @param resultType the Java type of the result
     * @param name the remote method name
     * @param args the positional arguments
     * @param kwargs the keyword arguments
     * @param <T> the result type
     * @return the converted result
     */
    <T> T call(Type resultType, String name, List<?> args, Map<String, ?> kwargs);

    /**
     * Calls a remote method with positional arguments and waits for the untyped result.
     *
     * @param name the remote method name
     * @param args the positional arguments
     * @return the result
     */
    default Object call(String name, Object... args) {
        return call(Object.class, name, java.util.Arrays.asList(args), Map.of());
    }

    /**
     * Calls a remote method with positional arguments and waits for the result, converted.
     *
     * @param resultType the result class
     * @param name the remote method name
     * @param args the positional arguments
     * @param <T> the result type
     * @return the converted result
     */
    default <T> T call(Class<T> resultType, String name, Object... args) {
        return call(resultType, name, java.util.Arrays.asList(args), Map.of());
    }

    /**
     * A view of this client whose calls use another timeout; it shares this client's connection,
     * and closing either closes both.
     *
     * @param timeout the timeout for calls made through the view; positive
     * @return the view
     */
    RpcChannel withTimeout(Duration timeout);

    /**
     * The timeout of calls made through this client.
     *
     * @return the timeout
     */
    Duration timeout();

    /**
     * A typed proxy: each interface method calls the remote method of its name (or its
     * {@link RpcMethod} value), blocking for plain return types and asynchronous for
     * {@code CompletionStage}/{@code CompletableFuture}.
     *
     * @param type the interface
     * @param <T> the interface type
     * @return the proxy
     */
    default <T> T proxy(Class<T> type) {
        return proxy(type, "");
    }

    /**
     * A typed proxy whose remote names are prefixed with {@code namespace + "."}.
     *
     * @param type the interface
     * @param namespace the namespace, dotted, or empty for none
     * @param <T> the interface type
     * @return the proxy
     */
    <T> T proxy(Class<T> type, String namespace);

    /**
     * How many calls are waiting for a reply right now.
     *
     * @return the number of pending calls
     */
    int pendingCalls();

    /** Closes the connection; pending calls fail with {@link ServiceClosedException}. */
    @Override
    void close();
}
