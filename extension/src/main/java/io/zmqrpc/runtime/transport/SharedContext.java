package io.zmqrpc.runtime.transport;

import java.lang.System.Logger.Level;
import org.zeromq.ZContext;

/**
 * One JeroMQ context for every socket of the process, created when the first socket opens and
 * terminated when the last one closes, so that an undeployed application leaves no I/O thread
 * behind and no call creates a context. Its I/O thread runs under {@code SCHED_BATCH} unless the
 * system property {@value IoThreadScheduling#PROPERTY} is false ({@link IoThreadScheduling}), read
 * each time a context is created.
 */
final class SharedContext {

    private static ZContext context;
    private static int users;

    private SharedContext() {
    }

    static synchronized ZContext acquire() {
        if (context == null) {
            context = create(System.getProperty(IoThreadScheduling.PROPERTY));
        }
        users++;
        return context;
    }

    /**
     * A context with one I/O thread and no linger.
     *
     * @param batchScheduling the value of {@value IoThreadScheduling#PROPERTY}, or null
     * @return the context, whose I/O thread starts with its first socket
     * @throws IllegalArgumentException naming the property when its value is neither true nor false
     */
    static ZContext create(String batchScheduling) {
        IoThreadScheduling.Choice choice = IoThreadScheduling.choice(batchScheduling);
        ZContext created = new ZContext(1);
        created.setLinger(0);
        if (choice != IoThreadScheduling.Choice.OFF) {
            Level failure = choice == IoThreadScheduling.Choice.ASKED ? Level.WARNING : Level.DEBUG;
            // Before the first socket: JeroMQ starts its I/O threads then, through this factory
            // (JeroMQ 0.6 spells the setter so).
            created.getContext().setThreadFactor((task, name) -> IoThreadScheduling.batchThread(task, name, failure));
        }
        return created;
    }

    static synchronized void release() {
        if (--users == 0) {
            ZContext closing = context;
            context = null;
            closing.close();
        }
    }
}
