package io.zmqrpc.quarkus.it;

import io.zmqrpc.RpcMethod;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Retry;

/** The typed client interface of {@link GreeterEndpoint}. */
public interface Greeter {

    /**
     * Greets.
     *
     * @param name who
     * @return the greeting
     */
    @Traced
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

    /**
     * A call the server fails twice in three, with Fault Tolerance's retry on it.
     *
     * @return which call answered
     */
    @Retry(maxRetries = 3, delay = 0)
    int flaky();
}
