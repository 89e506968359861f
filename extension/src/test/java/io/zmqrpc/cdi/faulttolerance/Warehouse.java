package io.zmqrpc.cdi.faulttolerance;

import io.zmqrpc.RpcMethod;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/** The client interface, with Fault Tolerance on its methods. */
public interface Warehouse {

    /**
     * Reserves, retrying.
     *
     * @param sku what
     * @return the reservation
     */
    @Retry(maxRetries = 3, delay = 0)
    String reserve(String sku);

    /**
     * Reserves asynchronously, retrying.
     *
     * @param sku what
     * @return the reservation
     */
    @Asynchronous
    @Retry(maxRetries = 3, delay = 0)
    @RpcMethod("reserve_async")
    CompletionStage<String> reserveLater(String sku);

    /**
     * Waits at most 300 ms.
     *
     * @param millis how long the server takes
     * @return never in time
     */
    @Timeout(300)
    String slow(long millis);

    /**
     * Waits at most 300 ms, asynchronously.
     *
     * @param millis how long the server takes
     * @return never in time
     */
    @Asynchronous
    @Timeout(300)
    @RpcMethod("slow")
    CompletionStage<String> slowLater(long millis);

    /** Opens its circuit after two failures. */
    @CircuitBreaker(requestVolumeThreshold = 2, failureRatio = 1.0, delay = 60, delayUnit = ChronoUnit.SECONDS)
    void fragile();

    /**
     * Falls back on a local answer.
     *
     * @return "cached"
     */
    @Fallback(fallbackMethod = "cached")
    String unavailable();

    /**
     * The fallback of {@link #unavailable}.
     *
     * @return "cached"
     */
    default String cached() {
        return "cached";
    }
}
