package io.zmqrpc.quarkus.it;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records which side each intercepted call ran on: the client interface or the endpoint bean. */
@Traced
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TracingInterceptor {

    /** The calls seen, in order. */
    public static final List<String> SEEN = new CopyOnWriteArrayList<>();

    /**
     * Records and proceeds.
     *
     * @param context the invocation
     * @return what the call returned
     * @throws Exception what it threw
     */
    @AroundInvoke
    public Object trace(InvocationContext context) throws Exception {
        String side = context.getTarget() instanceof Greeter ? "client" : "server";
        SEEN.add(side + " " + context.getMethod().getName());
        return context.proceed();
    }
}
