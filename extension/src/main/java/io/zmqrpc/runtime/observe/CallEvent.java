package io.zmqrpc.runtime.observe;

import io.zmqrpc.observe.CallEnd;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallObserver;
import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * The JFR event {@code zmqrpc.Call}: one per call, on each side, from its start to its end (see
 * {@link io.zmqrpc.observe.CallInfo} and {@link io.zmqrpc.observe.CallEnd} for where those are).
 * Off by default like every JFR event; a recording turns it on with
 * {@code jfr configure}/{@code -XX:StartFlightRecording:settings=...} or
 * {@code +zmqrpc.Call#enabled=true}. Without a stack trace, so that it stays cheap.
 */
@Name(CallEvent.NAME)
@Label("zmqrpc Call")
@Category("zmqrpc")
@Description("One remote call, on the client or the server side")
@StackTrace(false)
final class CallEvent extends jdk.jfr.Event implements CallObserver {

    /** The event's name. */
    static final String NAME = "zmqrpc.Call";

    @Label("Side")
    @Description("CLIENT or SERVER")
    String side;

    @Label("Pattern")
    @Description("RPC, PIPELINE or PUBSUB")
    String pattern;

    @Label("Endpoint")
    @Description("The name of the client or server")
    String endpoint;

    @Label("Method")
    String method;

    @Label("Outcome")
    @Description("OK, ERROR, TIMEOUT, CANCELLED, CLOSED, EXPIRED or FAILED")
    String outcome;

    @Label("Error Type")
    @Description("The remote exception type, or the local failure's class")
    String errorType;

    @Label("Request Size")
    @DataAmount
    long requestBytes;

    @Label("Reply Size")
    @DataAmount
    long replyBytes;

    @Label("Queued")
    @Description("Server: from the read of the request to the handler's start")
    @Timespan(Timespan.NANOSECONDS)
    long queued;

    /**
     * Whether a recording has the event on. An instance is the only way to ask without touching
     * JFR's registry; with no recording JFR's methods are empty and the JIT removes the allocation.
     */
    static boolean wanted() {
        return new CallEvent().isEnabled();
    }

    static CallObserver start(CallInfo call) {
        CallEvent event = new CallEvent();
        if (!event.isEnabled()) {
            return null;
        }
        event.side = call.side().name();
        event.pattern = call.pattern().name();
        event.endpoint = call.endpoint();
        event.method = call.method();
        event.requestBytes = call.requestBytes();
        event.begin();
        return event;
    }

    @Override
    public void ended(CallEnd end) {
        end();
        if (shouldCommit()) {
            outcome = end.outcome().name();
            errorType = end.errorType();
            replyBytes = end.replyBytes();
            queued = end.queuedNanos();
            commit();
        }
    }
}
