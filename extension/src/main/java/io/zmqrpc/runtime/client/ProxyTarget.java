package io.zmqrpc.runtime.client;

import java.lang.reflect.Method;
import java.util.List;

/** What a typed proxy's method call turns into, per pattern. */
interface ProxyTarget {

    /**
     * Checks that an interface method can be served by this pattern, when the proxy is made.
     *
     * @param method the interface method
     * @throws IllegalArgumentException naming the method when it cannot
     */
    void check(Method method);

    /**
     * Makes the remote call.
     *
     * @param remoteName the dotted remote name
     * @param method the interface method called
     * @param args the positional arguments (varargs already spread)
     * @return the result for the proxy's caller
     * @throws Throwable the remote failure, checked or not
     */
    Object invoke(String remoteName, Method method, List<Object> args) throws Throwable;
}
