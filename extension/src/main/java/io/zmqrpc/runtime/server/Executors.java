package io.zmqrpc.runtime.server;

import io.zmqrpc.runtime.transport.OwnedThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The handler pool a server owns when the user gave it none. */
final class Executors {

    private Executors() {
    }

    /**
     * A fixed pool of daemon threads; its queue is bounded in practice by the server's
     * maximum number of calls in flight.
     */
    static ExecutorService handlerPool(String name) {
        int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> OwnedThreads.create(r, "zmqrpc-" + name + "-handler-" + count.incrementAndGet()));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
