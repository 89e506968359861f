package io.zmqrpc.cdi.otel;

import io.zmqrpc.observe.CallEnd;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.observe.CallObserver;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An application's own listener bean: records each call's side, method and outcome as it ends. */
@ApplicationScoped
public class RecordingListener implements CallListener {

    /** {@code SIDE method OUTCOME}, in the order the calls ended. */
    static final List<String> ENDED = new CopyOnWriteArrayList<>();

    @Override
    public CallObserver started(CallInfo call) {
        return (CallEnd end) -> ENDED.add(call.side() + " " + call.method() + " " + end.outcome());
    }
}
