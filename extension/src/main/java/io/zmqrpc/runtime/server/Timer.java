package io.zmqrpc.runtime.server;

import io.zmqrpc.runtime.transport.OwnedThreads;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;

/** One daemon thread for handler timeouts, shared by all servers, created on first use. */
final class Timer {

    private Timer() {
    }

    private static final class Holder {
        static final ScheduledThreadPoolExecutor INSTANCE = create();

        private static ScheduledThreadPoolExecutor create() {
            ThreadFactory factory = r -> OwnedThreads.create(r, "zmqrpc-timer");
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, factory);
            // Most timeouts are cancelled: drop them at once instead of keeping them until due.
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }
    }

    static ScheduledThreadPoolExecutor get() {
        return Holder.INSTANCE;
    }
}
