package io.zmqrpc.quarkus.it;

import io.zmqrpc.RpcMethod;
import java.util.concurrent.CompletionStage;

/** The typed client interface of {@link GreeterEndpoint}. */
public interface Greeter {

    /**
     * Greets.
     *
     * @param name who
     * @return the greeting
     */
    String greet(String name);

    /**
     * Greets several times, without blocking.
     *
     * @param name who
     * @param times how often
     * @return the greetings, once they arrive
     */
    @RpcMethod("greet_times")
    CompletionStage<String> greetTimes(String name, int times);
}
