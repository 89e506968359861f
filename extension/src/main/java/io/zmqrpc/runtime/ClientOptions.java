package io.zmqrpc.runtime;

import io.zmqrpc.RpcChannel;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * How a client of any pattern runs: its socket and codec ({@link EndpointOptions}), its call
 * timeout, how much it holds for its peers, and where asynchronous calls complete. Immutable; made by
 * {@link #builder()}.
 *
 * <pre>{@code
 * RpcChannel channel = ZmqRpc.connectRpc(ClientOptions.builder().connect("tcp://127.0.0.1:5555")
 *         .timeout(Duration.ofSeconds(2)).build());
 * }</pre>
 */
public final class ClientOptions extends EndpointOptions {

    private final Duration timeout;
    private final Executor executor;
    private final int maxPendingCalls;
    private final boolean inheritDeadline;
    private final boolean callContext;

    private ClientOptions(Builder b) {
        super(b);
        this.timeout = b.timeout;
        this.executor = b.executor;
        this.maxPendingCalls = b.maxPendingCalls;
        this.inheritDeadline = b.inheritDeadline;
        this.callContext = b.callContext;
    }

    /**
     * A builder with every option at its default.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options that connect to the given endpoints, all else default.
     *
     * @param endpoints for example {@code tcp://127.0.0.1:5555}
     * @return the options
     */
    public static ClientOptions connect(String... endpoints) {
        return builder().connect(endpoints).build();
    }

    /**
     * A builder holding these options, to change some of them.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the call timeout of request/reply calls */
    public Duration timeout() {
        return timeout;
    }

    /** @return where asynchronous calls complete, or null for zmqrpc's own callback pool */
    public Executor executor() {
        return executor;
    }

    /** @return how many calls (or, pipeline and pub/sub, notifications) the client holds at most */
    public int maxPendingCalls() {
        return maxPendingCalls;
    }

    /** @return whether a request/reply call's deadline is the earlier of its timeout and the thread's {@link io.zmqrpc.Deadline} */
    public boolean inheritDeadline() {
        return inheritDeadline;
    }

    /** @return whether request/reply calls carry the call-context frame (deadline, trace context) */
    public boolean callContext() {
        return callContext;
    }

    /** Builds {@link ClientOptions}. Not thread-safe. */
    public static final class Builder extends EndpointOptions.Builder<Builder, ClientOptions> {
        private Duration timeout = Duration.ofSeconds(30);
        private Executor executor;
        private int maxPendingCalls = 100_000;
        private boolean inheritDeadline = true;
        private boolean callContext = true;

        private Builder() {
        }

        private Builder(ClientOptions from) {
            super(from);
            this.timeout = from.timeout;
            this.executor = from.executor;
            this.maxPendingCalls = from.maxPendingCalls;
            this.inheritDeadline = from.inheritDeadline;
            this.callContext = from.callContext;
        }

        /**
         * Whether a request/reply call made on a thread that works under a {@link io.zmqrpc.Deadline}
         * (a handler serving a zmqrpc caller, or a block run under one) gets the earlier of its own
         * timeout and that deadline, as gRPC's nested calls do. Default on; a call whose inherited
         * deadline has passed fails at once with {@link io.zmqrpc.RpcTimeoutException}, unsent.
         *
         * @param on false for calls that keep their own timeout whatever their thread works under
         * @return this builder
         */
        public Builder inheritDeadline(boolean on) {
            this.inheritDeadline = on;
            return this;
        }

        /**
         * Whether request/reply calls carry zmqrpc's call-context frame, with the caller's deadline
         * and what listeners add (a trace context). Default on: a zmqrpc server reads it, an aiozmq
         * server sends it back in front of its reply, which the client accepts. Turn it off for a
         * server that is neither and expects exactly four request frames.
         *
         * @param on false to send aiozmq's four frames only
         * @return this builder
         */
        public Builder callContext(boolean on) {
            this.callContext = on;
            return this;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * How long a request/reply call waits for its reply, counted from submission; also how long
         * a notification waits for room when {@link #maxPendingCalls} are queued. Default 30 s.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive("timeout", timeout);
            return this;
        }

        /**
         * Where asynchronous calls complete (and so where their callbacks run). Default: a pool of
         * zmqrpc's own that grows with blocked callbacks, never the socket's thread.
         *
         * @param executor the executor, or null for zmqrpc's own
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /**
         * Promises that no thread ever interrupts a thread of the application while it calls
         * through this client (no {@code Future.cancel(true)}, no {@code shutdownNow()} on an
         * executor whose tasks call, no {@code Thread.interrupt()} of a caller). Callers then send
         * their own requests, and a blocking caller reads its own reply, instead of handing both to
         * the client's socket thread: two thread hand-offs less per blocking call, which is what
         * makes sequential calls as fast as bare JeroMQ's. Default off, because JeroMQ is not
         * interrupt-safe: an interrupt that lands inside one of its system calls closes a pipe
         * that the whole process's ZeroMQ needs. A pending interrupt is harmless either way. In
         * CDI: the key {@code zmqrpc.client.<name>.uninterrupted-callers}.
         *
         * @param never true when callers are never interrupted while they call
         * @return this builder
         */
        public Builder uninterruptedCallers(boolean never) {
            socket().uninterruptedCallers(never);
            return this;
        }

        /**
         * How much the client holds for its peers: request/reply calls waiting for their reply,
         * or pipeline and pub/sub notifications not yet taken by the socket. Beyond it an
         * asynchronous call fails at once with {@link io.zmqrpc.TooManyPendingCallsException},
         * and a blocking call or a notification waits for room within the timeout. Default
         * 100,000 (some 40 MB for 100-byte calls).
         *
         * @param calls positive
         * @return this builder
         */
        public Builder maxPendingCalls(int calls) {
            if (calls <= 0) {
                throw new IllegalArgumentException("maxPendingCalls must be positive, got " + calls);
            }
            this.maxPendingCalls = calls;
            return this;
        }

        @Override
        public ClientOptions build() {
            return new ClientOptions(this);
        }
    }
}
