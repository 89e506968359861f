package io.zmqrpc.runtime.client;

import io.zmqrpc.runtime.transport.OwnedThreads;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where asynchronous calls complete when the options name no executor. Not the common fork-join
 * pool: on a 2-core machine that pool has one thread, and one user callback that blocks in it would
 * hold up every other completion of the process. This pool grows when its threads are busy and lets
 * idle ones go after a minute, so steady traffic reuses the same few threads.
 */
final class CallbackPool {

    private CallbackPool() {
    }

    private static final class Holder {
        static final Executor INSTANCE = create();

        private static Executor create() {
            AtomicInteger count = new AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                    new SynchronousQueue<>(), r -> OwnedThreads.create(r, "zmqrpc-callbacks-" + count.incrementAndGet()));
            return pool;
        }
    }

    static Executor get() {
        return Holder.INSTANCE;
    }
}
