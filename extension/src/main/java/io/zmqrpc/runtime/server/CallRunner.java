package io.zmqrpc.runtime.server;

import io.zmqrpc.Deadline;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.DropReason;
import io.zmqrpc.runtime.InvocationWrapper;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.dispatch.Dispatcher;
import io.zmqrpc.runtime.errors.ErrorReplies;
import io.zmqrpc.runtime.observe.Observation;
import io.zmqrpc.runtime.support.RateLimitedLog;
import io.zmqrpc.runtime.wire.CallContext;
import io.zmqrpc.runtime.wire.Message;
import io.zmqrpc.runtime.wire.StrictUtf8;
import io.zmqrpc.runtime.wire.ValueCodec;
import io.zmqrpc.runtime.wire.WireFormatException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one call on a handler thread and completes its outcome: decodes it (a call whose name cannot
 * be read gets no answer, one whose arguments cannot be read gets aiozmq's ParametersError),
 * dispatches it (through
 * the invocation wrapper), waits for a returned stage without blocking, applies the handler
 * timeout and logs the failure when asked. A call that carries its caller's deadline (the
 * call-context frame) is not started once that deadline has passed, and otherwise runs under it
 * ({@link Deadline#current()}). The call's observers see it start here, on the thread that runs
 * it. It knows nothing of the server: what becomes of the outcome (a reply, a count) is the
 * server's business.
 */
final class CallRunner {

    private static final System.Logger LOG = System.getLogger(CallRunner.class.getName());

    /** The outcome of a call whose name could not be read: it gets no answer, as with aiozmq. */
    static final class Undecodable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Undecodable(String message) {
            super(message, null, false, false);
        }
    }

    private final Dispatcher dispatcher;
    private final ValueCodec codec;
    private final InvocationWrapper wrapper;
    private final Duration handlerTimeout;
    private final boolean logExceptions;
    private final Set<Class<? extends Throwable>> notLogged;
    private final String serverName;
    private final Observation observation;
    private final RateLimitedLog badContexts = new RateLimitedLog(LOG, 1000);
    private final AtomicLong expired = new AtomicLong();
    private static final long MAX_TIME_LEFT_MILLIS = TimeUnit.DAYS.toMillis(36_500);

    CallRunner(Dispatcher dispatcher, ServerOptions options, Observation observation) {
        this.dispatcher = dispatcher;
        this.codec = options.codec();
        this.wrapper = options.invocationWrapper();
        this.handlerTimeout = options.handlerTimeout();
        this.logExceptions = options.logExceptions();
        this.notLogged = options.excludeLogExceptions();
        this.serverName = options.name();
        this.observation = observation;
    }

    /** @return the calls not started because their caller's deadline had passed */
    long expired() {
        return expired.get();
    }

    /**
     * Whether a call runs on the thread that read it, as its target was declared.
     *
     * @param message the call
     * @return true to run it inline; false for the executor, also when its name cannot be read
     */
    boolean runsInline(Message message) {
        if (!dispatcher.declaresInline()) {
            return false;
        }
        try {
            return dispatcher.runsInline(StrictUtf8.decode(message.name(), "method name"));
        } catch (WireFormatException e) {
            return false;
        }
    }

    void run(Incoming call) {
        Message message = call.message;
        String name;
        List<Object> args;
        Map<String, Object> kwargs;
        CompletableFuture<Object> outcome = call.outcome;
        try {
            name = StrictUtf8.decode(message.name(), "method name");
        } catch (WireFormatException e) {
            outcome.completeExceptionally(new Undecodable(e.getMessage()));
            return;
        }
        CallContext context = context(message);
        // A time left beyond a century is as good as none, and must not overflow the clock's arithmetic.
        Deadline deadline = context.hasDeadline() ? Deadline.atNanoTime(call.received
                + TimeUnit.MILLISECONDS.toNanos(Math.min(context.timeLeftMillis(), MAX_TIME_LEFT_MILLIS))) : null;
        CallObserver observer = observation.active() ? observation.start(name, peer(message),
                message.args().length + message.kwargs().length, context.metadata(),
                deadline == null ? null : deadline.timeLeft()) : null;
        if (observer != null) {
            call.observer = observer;
        }
        call.started = System.nanoTime();
        try {
            args = codec.decodeArgs(message.args());
            kwargs = codec.decodeKwargs(message.kwargs());
        } catch (WireFormatException e) {
            // The caller can be told, and is: it fails at once instead of timing out.
            outcome.completeExceptionally(Dispatcher.undecodableArguments(e.getMessage()));
            return;
        }
        if (deadline != null && deadline.nanosLeft() <= 0) {
            // The caller has given up, or is about to: running the call would be work for nobody.
            call.expired = true;
            expired.incrementAndGet();
            observation.dropped(DropReason.EXPIRED, 1);
            outcome.completeExceptionally(new RpcTimeoutException("call " + name + " was not started: its caller's "
                    + "deadline had passed " + TimeUnit.NANOSECONDS.toMillis(call.started - deadline.nanoTime())
                    + " ms before"));
            return;
        }
        Future<?> timeout = handlerTimeout == null ? null : Timer.get().schedule(
                () -> expire(outcome, name), handlerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        Object result;
        try {
            Callable<Object> invocation = () -> dispatcher.call(name, args, kwargs);
            result = wrapper.invoke(deadline == null && observer == null ? invocation
                    : () -> observed(invocation, deadline, observer));
        } catch (Throwable failure) {
            cancel(timeout);
            fail(outcome, name, failure);
            return;
        }
        if (result instanceof CompletionStage<?> stage) {
            // A stage nobody waits for any more (timed out, or the server closed) is cancelled.
            outcome.whenComplete((value, failure) -> stage.toCompletableFuture().cancel(true));
            stage.whenComplete((value, failure) -> {
                cancel(timeout);
                if (failure != null) {
                    fail(outcome, name, failure);
                } else {
                    outcome.complete(value);
                }
            });
        } else {
            cancel(timeout);
            outcome.complete(result);
        }
    }

    /** Runs the handler under the call's deadline and inside its observers' scope. */
    private static Object observed(Callable<Object> invocation, Deadline deadline, CallObserver observer)
            throws Exception {
        if (observer == null) {
            return deadline.call(invocation);
        }
        try (CallObserver.Scope scope = observer.enter()) {
            return deadline == null ? invocation.call() : deadline.call(invocation);
        }
    }

    /**
     * The call's context frame, or none. One that cannot be read is ignored with a warning: the
     * call is still served, without a deadline or metadata, rather than lost.
     */
    private CallContext context(Message message) {
        if (message.context() == null) {
            return CallContext.NONE;
        }
        try {
            return CallContext.decode(message.context());
        } catch (WireFormatException e) {
            badContexts.log(Level.WARNING, "zmqrpc " + serverName + ": ignored a call-context frame: "
                    + e.getMessage(), null);
            return CallContext.NONE;
        }
    }

    /** The caller's routing identity on a ROUTER, in hex; null for the patterns that have none. */
    private static String peer(Message message) {
        byte[][] envelope = message.envelope();
        return envelope == null || envelope.length == 0 ? null : HexFormat.of().formatHex(envelope[0]);
    }

    /**
     * The handler timeout fired: the caller gets a timeout error now. A blocking handler cannot be
     * stopped safely; it runs to its end and its result is dropped.
     */
    private void expire(CompletableFuture<Object> outcome, String name) {
        fail(outcome, name, new RpcTimeoutException("handler " + name + " did not finish within "
                + handlerTimeout.toMillis() + " ms"));
    }

    private static void cancel(Future<?> timeout) {
        if (timeout != null) {
            timeout.cancel(false);
        }
    }

    private void fail(CompletableFuture<Object> outcome, String name, Throwable failure) {
        if (logExceptions && !outcome.isDone()) {
            Throwable cause = ErrorReplies.unwrap(failure);
            if (notLogged.stream().noneMatch(type -> type.isInstance(cause))) {
                LOG.log(Level.WARNING, "zmqrpc " + serverName + ": call " + name + " raised " + cause, cause);
            }
        }
        outcome.completeExceptionally(failure);
    }
}
