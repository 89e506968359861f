package io.zmqrpc;

/**
 * A client already has as many calls waiting as it may hold (its {@code maxPendingCalls}), and this
 * asynchronous call was refused at once rather than queued without bound. Nothing was sent. A
 * blocking call waits for room instead, within its timeout.
 *
 * <p>This is back-pressure: slow down, or wait for some of the futures already returned, and try
 * again; or raise the bound where memory allows.
 *
 * @since 0.2
 */
public class TooManyPendingCallsException extends RpcException {

    private static final long serialVersionUID = 1L;

    /**
     * A refused call.
     *
     * @param message which client and its bound
     */
    public TooManyPendingCallsException(String message) {
        super(message);
    }
}
