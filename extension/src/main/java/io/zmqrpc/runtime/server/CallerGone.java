package io.zmqrpc.runtime.server;

import java.util.concurrent.CancellationException;

/**
 * The outcome of a call whose client went away while it ran: it is cancelled (a returned stage
 * with it), and no reply is built, since there is nobody to send it to.
 */
final class CallerGone extends CancellationException {

    private static final long serialVersionUID = 1L;

    CallerGone() {
        super("the client went away");
    }
}
