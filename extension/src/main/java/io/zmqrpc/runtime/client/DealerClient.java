package io.zmqrpc.runtime.client;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcException;
import io.zmqrpc.runtime.ClientOptions;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link RpcChannel} over a {@link DealerConnection}: this object only adds the call timeout, so that
 * {@link #withTimeout} views share the connection.
 */
public final class DealerClient implements RpcChannel {

    private final DealerConnection connection;
    private final Duration timeout;

    /**
     * Opens a client.
     *
     * @param options endpoints, timeout and the rest
     */
    public DealerClient(ClientOptions options) {
        this(new DealerConnection(options), options.timeout());
    }

    private DealerClient(DealerConnection connection, Duration timeout) {
        this.connection = connection;
        this.timeout = timeout;
    }

    @Override
    public <T> CompletableFuture<T> callAsync(Type resultType, String name, List<?> args, Map<String, ?> kwargs) {
        CompletableFuture<T> future = new CompletableFuture<>();
        try {
            connection.send(name, args, kwargs, timeout, false, (id, n, deadline) ->
                    new DealerConnection.AsyncCall<>(id, n, deadline, resultType, future, connection.completions()));
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        }
        return future;
    }

    @Override
    public <T> T call(Type resultType, String name, List<?> args, Map<String, ?> kwargs) {
        try {
            @SuppressWarnings("unchecked")
            T result = (T) invoke(resultType, name, args, kwargs);
            return result;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            // A registry may map a remote name to a checked exception, which call() cannot throw as it is.
            RemoteError remote = RemoteError.of(checked);
            GenericRpcException wrapper = new GenericRpcException(remote != null ? remote
                    : new RemoteError(checked.getClass().getName(), List.of(String.valueOf(checked.getMessage())), ""));
            wrapper.addSuppressed(checked);
            throw wrapper;
        }
    }

    /**
     * A blocking call that throws the translated exception as it is, checked or not (for proxies,
     * whose interface methods may declare checked exceptions).
     */
    Object invoke(Type resultType, String name, List<?> args, Map<String, ?> kwargs) throws Throwable {
        DealerConnection.BlockingCall call = connection.send(name, args, kwargs, timeout, true,
                DealerConnection.BlockingCall::new);
        Object result;
        try {
            byte[][] reply;
            try {
                reply = connection.await(call);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RpcException("interrupted while waiting for " + name, e);
            }
            result = connection.decoder().decode(name, reply[0], reply[1], resultType);
        } catch (Throwable failure) {
            call.observed(failure);
            throw failure;
        }
        call.observed(null);
        return result;
    }

    @Override
    public RpcChannel withTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be a positive duration, got " + timeout);
        }
        return new DealerClient(connection, timeout);
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public <T> T proxy(Class<T> type, String namespace) {
        return ProxyFactory.create(type, namespace, new RpcProxyTarget(this));
    }

    @Override
    public int pendingCalls() {
        return connection.pendingCount();
    }

    @Override
    public void close() {
        connection.close();
    }

    /**
     * Whether the client was closed.
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return connection.isClosed();
    }

    @Override
    public String toString() {
        return "RpcChannel[" + connection.options().name() + ", " + connection.options().socket().connectEndpoints()
                + (connection.isClosed() ? ", closed" : "") + "]";
    }
}
