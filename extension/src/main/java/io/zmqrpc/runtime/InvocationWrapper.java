package io.zmqrpc.runtime;

import java.util.concurrent.Callable;

/**
 * Wraps every handler invocation, on the executor thread that runs it: the CDI extension uses it to
 * activate a request context around each call. The default runs the call as it is.
 */
@FunctionalInterface
public interface InvocationWrapper {

    /** Runs the call directly. */
    InvocationWrapper DIRECT = Callable::call;

    /**
     * Runs one invocation.
     *
     * @param invocation the handler call
     * @return what it returned
     * @throws Exception what it threw
     */
    Object invoke(Callable<Object> invocation) throws Exception;
}
