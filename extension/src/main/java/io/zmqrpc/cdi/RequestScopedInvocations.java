package io.zmqrpc.cdi;

import io.zmqrpc.runtime.InvocationWrapper;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Runs each handler invocation with a request context active, so that a {@code @RequestScoped}
 * bean used by the call lives for that call only. A context that is already active (an executor
 * that propagates it) is left as it is.
 *
 * <p>Controllers are kept for reuse rather than obtained and destroyed per call: looking one up
 * through {@link Instance#get()} and destroying it cost about 2 µs a call in Weld, eight times
 * the activation itself. A controller is not thread-safe, so each is used by one call at a time;
 * the pool holds at most as many as calls ever ran at once.
 */
final class RequestScopedInvocations<C extends RequestContextController> implements InvocationWrapper, AutoCloseable {

    private final Instance<C> controllers;
    private final Queue<C> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    RequestScopedInvocations(Instance<C> controllers) {
        this.controllers = controllers;
    }

    @Override
    public Object invoke(Callable<Object> invocation) throws Exception {
        C controller = idle.poll();
        if (controller == null) {
            controller = controllers.get();
        }
        boolean activated = controller.activate();
        try {
            return invocation.call();
        } finally {
            try {
                if (activated) {
                    controller.deactivate();
                }
            } finally {
                release(controller);
            }
        }
    }

    private void release(C controller) {
        idle.add(controller);
        if (closed) {
            // A call that outlived the shutdown: nobody will take its controller again.
            destroyIdle();
        }
    }

    /** Destroys the pooled controllers; calls finishing later destroy theirs. */
    @Override
    public void close() {
        closed = true;
        destroyIdle();
    }

    private void destroyIdle() {
        for (C controller; (controller = idle.poll()) != null; ) {
            controllers.destroy(controller);
        }
    }
}
