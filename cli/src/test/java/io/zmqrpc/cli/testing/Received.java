package io.zmqrpc.cli.testing;

import io.zmqrpc.spi.RemoteCall;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A handler for pipeline and pub/sub servers whose one method, {@code record}, keeps the arguments
 * of each call as they came off the wire, for the test to take.
 */
public final class Received {

    private final BlockingQueue<List<Object>> calls = new LinkedBlockingQueue<>();

    /** @return the handler tree: {@code record} */
    public Map<String, Object> handler() {
        RemoteCall record = (args, kwargs) -> {
            calls.add(List.of(args, kwargs));
            return null;
        };
        return Map.of("record", record);
    }

    /**
     * The next call's {@code [args, kwargs]}.
     *
     * @param timeout how long to wait
     * @return the call
     */
    public List<Object> next(Duration timeout) {
        try {
            List<Object> call = calls.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (call == null) {
                throw new AssertionError("no call received within " + timeout);
            }
            return call;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** @return whether nothing more has arrived */
    public boolean isEmpty() {
        return calls.isEmpty();
    }
}
