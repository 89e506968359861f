package io.zmqrpc.runtime.client;

import io.zmqrpc.Deadline;
import io.zmqrpc.Pattern;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.ServiceClosedException;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.DropReason;
import io.zmqrpc.observe.Side;
import io.zmqrpc.runtime.convert.TypeConverter;
import io.zmqrpc.runtime.observe.Observation;
import io.zmqrpc.runtime.support.RateLimitedLog;
import io.zmqrpc.runtime.transport.SocketLoop;
import io.zmqrpc.runtime.wire.CallContext;
import io.zmqrpc.runtime.wire.Framing;
import io.zmqrpc.runtime.wire.Identity;
import io.zmqrpc.runtime.wire.Message;
import io.zmqrpc.runtime.wire.ReplyFraming;
import io.zmqrpc.runtime.wire.RequestHeader;
import io.zmqrpc.runtime.wire.ValueCodec;
import io.zmqrpc.runtime.wire.WireFormatException;
import java.lang.System.Logger.Level;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.zeromq.SocketType;

/**
 * The DEALER side of request/reply, shared by a client and all its {@code withTimeout} views.
 * Callers encode and send their own request. A blocking caller then reads the socket itself
 * until its reply comes, if no other thread reads it ({@link ClientSocket#lead}); otherwise the
 * reader (the socket thread, or the caller that leads) matches replies by request id and hands
 * asynchronous completions to the executor in one batch per read burst. The socket thread expires
 * calls past their deadline every {@value #SWEEP_MILLIS} ms; a blocking caller stops waiting at
 * its own deadline.
 */
final class DealerConnection implements SocketLoop.Listener {

    private static final System.Logger LOG = System.getLogger(DealerConnection.class.getName());
    /** Timeouts fire within this many milliseconds after their deadline. */
    static final long SWEEP_MILLIS = 10;
    /** How long the socket is watched for the late reply of a call that timed out. */
    static final long LATE_REPLY_SECONDS = 10;

    private final ClientOptions options;
    private final ValueCodec codec;
    private final ReplyDecoder decoder;
    private final Executor completions;
    private final PendingCalls pending;
    private final int random = Identity.random();
    private final RateLimitedLog strayReplies = new RateLimitedLog(LOG, 1000);
    /** Asynchronous calls answered in the current read burst; touched by the reader only. */
    private final List<AsyncCall<?>> answered = new ArrayList<>();
    private final ClientSocket socket;
    private final Observation observation;
    private long nextSweep;
    /** Until when late replies are watched for; a {@link System#nanoTime()}. */
    private volatile long lateReplyWindowEnd;

    DealerConnection(ClientOptions options) {
        this.options = options;
        this.codec = options.codec();
        this.pending = new PendingCalls(new Room(options.maxPendingCalls(), options.name()));
        this.decoder = new ReplyDecoder(codec, options.errorRegistry(), TypeConverter.shared());
        this.completions = options.executor() != null ? options.executor() : CallbackPool.get();
        // nanoTime has an arbitrary origin and may be negative: start the sweep clock from it.
        this.nextSweep = System.nanoTime();
        this.lateReplyWindowEnd = nextSweep;
        this.socket = new ClientSocket(SocketType.DEALER, options, this);
        this.observation = new Observation(Side.CLIENT, Pattern.RPC, options.name(), options.listeners(),
                socket::endpoints);
    }

    ClientOptions options() {
        return options;
    }

    ReplyDecoder decoder() {
        return decoder;
    }

    Executor completions() {
        return completions;
    }

    int pendingCount() {
        return pending.size();
    }

    /**
     * Encodes and sends a call. Encoding happens here, on the caller's thread, so that a value that
     * cannot be sent fails the call before anything is registered or written. The deadline counts
     * from here: a caller that waits for room in the pending table ({@code maxPendingCalls}) waits
     * within its timeout; one that may not wait is refused at once. A blocking caller becomes the
     * socket's reader before it sends, when nobody else reads, so that its reply is its own to read
     * ({@link #await}). The call's deadline is the earlier of its timeout and the current thread's
     * {@link Deadline} (a handler's caller's), unless the client was built not to inherit it; it
     * travels to the server in the call-context frame, with what the call's listeners add.
     *
     * @param blocking true for a blocking caller, false for an asynchronous one
     * @throws RpcTimeoutException when the inherited deadline has already passed: nothing is sent
     */
    <P extends PendingCall> P send(String name, List<?> args, Map<String, ?> kwargs, Duration timeout,
            boolean blocking, CallFactory<P> factory) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Deadline inherited = options.inheritDeadline() ? Deadline.currentOrNull() : null;
        if (inherited != null && inherited.nanoTime() - deadline < 0) {
            deadline = inherited.nanoTime();
            if (deadline - start <= 0) {
                throw new RpcTimeoutException("call " + name + " was not sent: the deadline it inherits passed "
                        + TimeUnit.NANOSECONDS.toMillis(start - deadline) + " ms ago");
            }
        }
        byte[] argBytes = codec.encodeArgs(args);
        byte[] kwargBytes = codec.encodeKwargs(kwargs);
        socket.checkOpen();
        if (blocking) {
            pending.room().enter("call " + name, deadline);
        } else {
            pending.room().enterNow("call " + name);
        }
        long due = deadline;
        P call = pending.register(id -> factory.create(id, name, due));
        Map<String, String> metadata = null;
        if (observation.active()) {
            metadata = observation.hasListeners() ? new HashMap<>() : Map.of();
            CallObserver observer = observation.start(name, null, argBytes.length + kwargBytes.length, metadata,
                    Duration.ofNanos(deadline - start));
            if (observer != null) {
                call.observe(observer, start);
            }
        }
        byte[] context = options.callContext()
                ? CallContext.encode(TimeUnit.NANOSECONDS.toMillis(Math.max(0, deadline - System.nanoTime())), metadata)
                : null;
        byte[] header = new RequestHeader(Identity.PID, random, call.id, System.currentTimeMillis() / 1000.0).encode();
        if (blocking && socket.tryLead()) {
            ((BlockingCall) call).leads = true;
        }
        try {
            socket.send(Framing.RPC.frame(Message.request(context, header, name.getBytes(StandardCharsets.UTF_8),
                    argBytes, kwargBytes)));
        } catch (RuntimeException e) {
            if (pending.take(call)) {
                call.observed(e);
            }
            throw e;
        }
        if (!blocking) {
            // Someone must read its reply, and the sweep must see its deadline.
            socket.expectInput();
        }
        if (socket.isClosed() && pending.take(call)) {
            // close() ran between the check and the registration and did not see this call.
            call.fail(new ServiceClosedException("client " + options.name() + " is closed"));
        }
        return call;
    }

    /** Makes a pending call of one kind. */
    @FunctionalInterface
    interface CallFactory<P extends PendingCall> {
        P create(int id, String name, long deadlineNanos);
    }

    /** Gives up on a call whose caller stopped waiting; its reply may still come. */
    void abandon(PendingCall call) {
        if (pending.take(call)) {
            lateRepliesPossible();
        }
    }

    /**
     * A call ended without its reply, which may still come: the socket is watched for it for
     * {@value #LATE_REPLY_SECONDS} s even with nothing pending, so that it is read (and dropped,
     * and logged) instead of lying in the socket; one later still is read with the next call's.
     */
    private void lateRepliesPossible() {
        lateReplyWindowEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(LATE_REPLY_SECONDS);
        socket.expectInput();
    }

    /**
     * Waits for a blocking call's raw reply until its deadline, reading the socket itself when the
     * call {@link BlockingCall#leads leads}.
     *
     * @return the reply's header and body
     * @throws RpcTimeoutException at the deadline (the call is given up)
     * @throws InterruptedException when the caller is interrupted (the call is given up)
     * @throws Throwable the call's local failure (closed)
     */
    byte[][] await(BlockingCall call) throws Throwable {
        try {
            if (call.leads) {
                socket.lead(call.raw()::isDone, call.deadlineNanos);
            }
            return call.raw().get(Math.max(0, call.deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            abandon(call);
            throw timedOut(call);
        } catch (InterruptedException e) {
            abandon(call);
            throw e;
        }
    }

    private RpcTimeoutException timedOut(PendingCall call) {
        lateRepliesPossible();
        return new RpcTimeoutException("call " + call.name + " to " + options.socket().connectEndpoints()
                + options.socket().bindEndpoints() + " timed out");
    }

    @Override
    public boolean awaitsInput() {
        return !pending.isEmpty() || System.nanoTime() - lateReplyWindowEnd < 0;
    }

    // ---- on the reader's thread: the socket thread, or a blocking caller that leads

    @Override
    public void onMessage(byte[][] frames) {
        ReplyFraming.Reply reply;
        try {
            reply = ReplyFraming.deframe(frames);
        } catch (WireFormatException e) {
            strayReplies.log(Level.WARNING, "zmqrpc " + options.name() + ": dropped a " + e.getMessage(), null);
            return;
        }
        PendingCall call = pending.take(reply.requestId());
        if (call == null) {
            observation.dropped(DropReason.STRAY_REPLY, 1);
            strayReplies.log(Level.INFO, "zmqrpc " + options.name() + ": dropped a reply to request "
                    + Integer.toUnsignedString(reply.requestId())
                    + ", which is not waiting (timed out, or never sent)", null);
            return;
        }
        call.reply(reply.header(), reply.body());
        if (call instanceof AsyncCall<?> async) {
            answered.add(async);
        }
    }

    @Override
    public void afterReads() {
        if (!answered.isEmpty()) {
            AsyncCall<?>[] batch = answered.toArray(new AsyncCall<?>[0]);
            answered.clear();
            completions.execute(() -> {
                for (AsyncCall<?> call : batch) {
                    call.complete(decoder);
                }
            });
        }
    }

    @Override
    public void onTick(long now) {
        if (now - nextSweep >= 0 && !pending.isEmpty()) {
            nextSweep = now + TimeUnit.MILLISECONDS.toNanos(SWEEP_MILLIS);
            pending.expire(now, this::timedOut);
        }
    }

    @Override
    public long pollTimeoutMillis() {
        if (!pending.isEmpty()) {
            return SWEEP_MILLIS;
        }
        // While late replies are watched for, wake when the watch ends, to stop watching.
        long left = lateReplyWindowEnd - System.nanoTime();
        return left > 0 ? TimeUnit.NANOSECONDS.toMillis(left) + 1 : -1;
    }

    // ---- lifecycle

    boolean isClosed() {
        return socket.isClosed();
    }

    void close() {
        if (socket.close(Duration.ZERO)) {
            pending.failAll(call -> new ServiceClosedException("client " + options.name()
                    + " was closed before call " + call.name + " was answered"));
        }
    }

    /** An asynchronous call: completed on the executor, with the conversion to its result type. */
    static final class AsyncCall<T> extends PendingCall {
        private final Type type;
        private final CompletableFuture<T> future;
        private final Executor executor;
        private byte[] header;
        private byte[] body;

        AsyncCall(int id, String name, long deadline, Type type, CompletableFuture<T> future,
                Executor executor) {
            super(id, name, deadline);
            this.type = type;
            this.future = future;
            this.executor = executor;
        }

        @Override
        void reply(byte[] header, byte[] body) {
            this.header = header;
            this.body = body;
            this.replyBytes = body.length;
        }

        @SuppressWarnings("unchecked")
        void complete(ReplyDecoder decoder) {
            T result;
            try {
                result = (T) decoder.decode(name, header, body, type);
            } catch (Throwable t) {
                observed(t);
                future.completeExceptionally(t);
                return;
            }
            observed(null);
            future.complete(result);
        }

        @Override
        void fail(Throwable failure) {
            // Timeouts and close run on the socket thread or the closing thread: keep user
            // callbacks off both.
            executor.execute(() -> {
                observed(failure);
                future.completeExceptionally(failure);
            });
        }
    }

    /** A blocking call: the caller's thread waits for the raw reply and decodes it itself. */
    static final class BlockingCall extends PendingCall {
        private final CompletableFuture<byte[][]> raw = new CompletableFuture<>();
        /** Whether the caller reads the socket itself until its reply comes; set before it sends. */
        boolean leads;

        BlockingCall(int id, String name, long deadline) {
            super(id, name, deadline);
        }

        @Override
        void reply(byte[] header, byte[] body) {
            replyBytes = body.length;
            raw.complete(new byte[][] {header, body});
        }

        @Override
        void fail(Throwable failure) {
            raw.completeExceptionally(failure);
        }

        CompletableFuture<byte[][]> raw() {
            return raw;
        }
    }
}
