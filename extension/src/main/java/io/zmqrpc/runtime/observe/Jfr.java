package io.zmqrpc.runtime.observe;

import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallObserver;

/**
 * Whether the {@code zmqrpc.Call} JFR event can be used at all: a runtime without the
 * {@code jdk.jfr} module (a trimmed image), or an application server whose deployments do not see
 * it, gets no event and no failure. Only this class touches {@link CallEvent}, and only once
 * {@code jdk.jfr} was found.
 */
final class Jfr {

    private static final boolean AVAILABLE = available();

    private Jfr() {
    }

    private static boolean available() {
        try {
            Class.forName("jdk.jfr.Event", false, Jfr.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** @return true when a recording has the event on */
    static boolean recording() {
        return AVAILABLE && CallEvent.wanted();
    }

    /** @return the event's observer for this call, or null when no recording wants it */
    static CallObserver start(CallInfo call) {
        return AVAILABLE ? CallEvent.start(call) : null;
    }
}
