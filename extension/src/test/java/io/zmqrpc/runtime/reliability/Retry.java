package io.zmqrpc.runtime.reliability;

import io.zmqrpc.RpcTimeoutException;
import java.util.function.Supplier;

/** Repeats a call that may time out while a connection is being remade (ZeroMQ reconnects on its own). */
final class Retry {

    private static final int ATTEMPTS = 11;

    private Retry() {
    }

    /**
     * The first answer of up to 11 attempts.
     *
     * @param call the call
     * @param <T> the result type
     * @return the answer
     * @throws RpcTimeoutException when every attempt timed out
     */
    static <T> T untilAnswered(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RpcTimeoutException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
