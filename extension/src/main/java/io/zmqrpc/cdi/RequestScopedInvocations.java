package io.zmqrpc.cdi;

import io.zmqrpc.runtime.InvocationWrapper;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import java.util.concurrent.Callable;

/**
 * Runs each handler invocation with a request context active, so that a {@code @RequestScoped}
 * bean used by the call lives for that call only. A context that is already active (an executor
 * that propagates it) is left as it is.
 */
final class RequestScopedInvocations implements InvocationWrapper {

    private final Instance<RequestContextController> controllers;

    RequestScopedInvocations(Instance<RequestContextController> controllers) {
        this.controllers = controllers;
    }

    @Override
    public Object invoke(Callable<Object> invocation) throws Exception {
        RequestContextController controller = controllers.get();
        boolean activated = controller.activate();
        try {
            return invocation.call();
        } finally {
            try {
                if (activated) {
                    controller.deactivate();
                }
            } finally {
                controllers.destroy(controller);
            }
        }
    }
}
