package io.zmqrpc.runtime.otel;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;

/** The handler of the end-to-end tests: adds, fails, and orders through a client of its own. */
public class TracedCalc {

    private final RpcChannel inner;

    TracedCalc(RpcChannel inner) {
        this.inner = inner;
    }

    /**
     * Adds.
     *
     * @param a one
     * @param b the other
     * @return the sum
     */
    @RpcMethod
    public long add(long a, long b) {
        return a + b;
    }

    /** Always fails. */
    @RpcMethod
    public void fail() {
        throw new IllegalStateException("out of order");
    }

    /**
     * Calls {@code add} on the inner server, from inside this handler.
     *
     * @param a one
     * @param b the other
     * @return the inner server's sum
     */
    @RpcMethod
    public long nested(long a, long b) {
        return inner.call(Long.class, "add", a, b);
    }
}
