package io.zmqrpc.bench;

import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.observe.CallObserver;

/** A call listener that follows every call and does nothing with it: the floor of observation's cost. */
enum NoOpListener implements CallListener {
    INSTANCE;

    private static final CallObserver NOTHING = end -> { };

    @Override
    public CallObserver started(CallInfo call) {
        return NOTHING;
    }
}
