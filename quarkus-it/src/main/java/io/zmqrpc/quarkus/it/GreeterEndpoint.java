package io.zmqrpc.quarkus.it;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.RpcMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Served by zmqrpc where {@code zmqrpc.server.Greeter.bind} says (the annotation's address is the
 * fallback); nothing injects it, and the extension keeps Quarkus from removing it.
 */
@ApplicationScoped
@RemoteEndpoint(name = "Greeter", bind = "tcp://127.0.0.1:*")
public class GreeterEndpoint {

    private final AtomicInteger flakyCalls = new AtomicInteger();

    @Inject
    CallScope scope;

    /**
     * Greets, saying how many times this call's request-scoped bean was used (always once).
     *
     * @param name who
     * @return the greeting
     */
    @Traced
    @RpcMethod
    public String greet(String name) {
        return "hello " + name + " (" + scope.use() + ")";
    }

    /**
     * Fails the first two calls of every three.
     *
     * @return which call answered
     */
    @RpcMethod
    public int flaky() {
        int call = flakyCalls.incrementAndGet();
        if (call % 3 != 0) {
            throw new IllegalStateException("call " + call + " fails");
        }
        return call;
    }

    /**
     * Greets several times, as a stage.
     *
     * @param name who
     * @param times how often
     * @return the greetings
     */
    @RpcMethod("greet_times")
    public CompletionStage<String> greetTimes(String name, int times) {
        return CompletableFuture.completedFuture(("hello " + name + " ").repeat(times).strip());
    }
}
