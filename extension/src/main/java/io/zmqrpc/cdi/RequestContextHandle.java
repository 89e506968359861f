package io.zmqrpc.cdi;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

/**
 * One request context controller, as a bean of zmqrpc's own: Quarkus hands out its built-in
 * controller only to an injection point, never to a programmatic lookup, so the pool of
 * {@link RequestScopedInvocations} looks these up instead (each has its own controller, released
 * with it). {@code @Typed} keeps it from competing with the container's controller bean.
 */
@Dependent
@Typed(RequestContextHandle.class)
public class RequestContextHandle implements RequestContextController {

    private RequestContextController controller;

    /** For the container's proxy. */
    protected RequestContextHandle() {
    }

    /**
     * Created by the container.
     *
     * @param controller the controller this handle uses
     */
    @Inject
    public RequestContextHandle(RequestContextController controller) {
        this.controller = controller;
    }

    @Override
    public boolean activate() {
        return controller.activate();
    }

    @Override
    public void deactivate() {
        controller.deactivate();
    }
}
