package io.zmqrpc.runtime.transport;

import org.zeromq.ZContext;

/**
 * One JeroMQ context for every socket of the process, created when the first socket opens and
 * terminated when the last one closes, so that an undeployed application leaves no I/O thread
 * behind and no call creates a context.
 */
final class SharedContext {

    private static ZContext context;
    private static int users;

    private SharedContext() {
    }

    static synchronized ZContext acquire() {
        if (context == null) {
            context = new ZContext(1);
            context.setLinger(0);
        }
        users++;
        return context;
    }

    static synchronized void release() {
        if (--users == 0) {
            ZContext closing = context;
            context = null;
            closing.close();
        }
    }
}
