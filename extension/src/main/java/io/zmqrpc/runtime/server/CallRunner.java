package io.zmqrpc.runtime.server;

import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.runtime.InvocationWrapper;
import io.zmqrpc.runtime.RpcOptions;
import io.zmqrpc.runtime.dispatch.Dispatcher;
import io.zmqrpc.runtime.wire.StrictUtf8;
import io.zmqrpc.runtime.wire.ValueCodec;
import io.zmqrpc.runtime.wire.WireFormatException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs one call on a handler thread: decodes it, dispatches it (through the invocation wrapper),
 * waits for a returned stage without blocking, applies the handler timeout, logs the failure when
 * asked, and hands the outcome to the server. A message that cannot be decoded gets no answer,
 * as with aiozmq.
 */
final class CallRunner {

    private static final System.Logger LOG = System.getLogger(CallRunner.class.getName());

    private final Dispatcher dispatcher;
    private final ValueCodec codec;
    private final Replies replies;
    private final InvocationWrapper wrapper;
    private final Duration handlerTimeout;
    private final boolean logExceptions;
    private final Set<Class<? extends Throwable>> notLogged;
    private final String serverName;
    private final ZmqServer server;
    private final RateLimitedLog badInput;

    CallRunner(Dispatcher dispatcher, ValueCodec codec, Replies replies, RpcOptions options, ZmqServer server,
            RateLimitedLog badInput) {
        this.dispatcher = dispatcher;
        this.codec = codec;
        this.replies = replies;
        this.wrapper = options.invocationWrapper();
        this.handlerTimeout = options.handlerTimeout();
        this.logExceptions = options.logExceptions();
        this.notLogged = options.excludeLogExceptions();
        this.serverName = options.name();
        this.server = server;
        this.badInput = badInput;
    }

    Replies replies() {
        return replies;
    }

    void run(Incoming call) {
        String name;
        List<Object> args;
        Map<String, Object> kwargs;
        try {
            name = StrictUtf8.decode(call.name, "method name");
            args = codec.decodeArgs(call.args);
            kwargs = codec.decodeKwargs(call.kwargs);
        } catch (WireFormatException e) {
            badInput.log(Level.WARNING, "zmqrpc " + serverName + ": dropped an undecodable message: " + e.getMessage(), null);
            server.drop(call);
            return;
        }
        java.util.concurrent.atomic.AtomicReference<CompletionStage<?>> running = new java.util.concurrent.atomic.AtomicReference<>();
        Future<?> timeout = handlerTimeout == null ? null : Timer.get().schedule(
                () -> expire(call, name, running.get()), handlerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        Object result;
        try {
            result = wrapper.invoke(() -> dispatcher.call(name, args, kwargs));
        } catch (Throwable failure) {
            cancel(timeout);
            complete(call, name, null, failure);
            return;
        }
        if (result instanceof CompletionStage<?> stage) {
            running.set(stage);
            if (timeout != null && call.get()) {
                // The timeout fired while the handler was still returning its stage.
                stage.toCompletableFuture().cancel(true);
            }
            stage.whenComplete((value, failure) -> {
                cancel(timeout);
                complete(call, name, value, failure);
            });
        } else {
            cancel(timeout);
            complete(call, name, result, null);
        }
    }

    /**
     * The handler timeout fired: the caller gets a timeout error now, and a returned stage, which
     * nobody waits for any more, is cancelled. A blocking handler cannot be stopped safely; it runs
     * to its end and its result is dropped.
     */
    private void expire(Incoming call, String name, CompletionStage<?> stage) {
        complete(call, name, null, new RpcTimeoutException("handler " + name + " did not finish within "
                + handlerTimeout.toMillis() + " ms"));
        if (stage != null) {
            stage.toCompletableFuture().cancel(true);
        }
    }

    private static void cancel(Future<?> timeout) {
        if (timeout != null) {
            timeout.cancel(false);
        }
    }

    private void complete(Incoming call, String name, Object value, Throwable failure) {
        if (failure != null && logExceptions && !call.get()) {
            Throwable cause = io.zmqrpc.runtime.errors.ErrorReplies.unwrap(failure);
            if (notLogged.stream().noneMatch(type -> type.isInstance(cause))) {
                LOG.log(Level.WARNING, "zmqrpc " + serverName + ": call " + name + " raised " + cause, cause);
            }
        }
        server.finish(call, value, failure);
    }
}
