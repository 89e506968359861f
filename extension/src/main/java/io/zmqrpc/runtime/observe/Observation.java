package io.zmqrpc.runtime.observe;

import io.zmqrpc.Pattern;
import io.zmqrpc.observe.CallEnd;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.Drop;
import io.zmqrpc.observe.DropReason;
import io.zmqrpc.observe.Side;
import io.zmqrpc.runtime.support.RateLimitedLog;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The observers of one client's or server's calls: its listeners, and the JFR event when a
 * recording wants it. The call path asks {@link #active()} first, so that with no listener and no
 * recording it builds nothing at all; a listener's exception is logged and never changes the call,
 * nor does a linkage error (a listener compiled against a newer library than the one at run time,
 * as an OpenTelemetry API older than zmqrpc's on an application server).
 */
public final class Observation {

    private static final System.Logger LOG = System.getLogger(Observation.class.getName());

    private final Side side;
    private final Pattern pattern;
    private final String endpoint;
    private final Supplier<List<String>> addresses;
    private final CallListener[] listeners;
    private final RateLimitedLog failures = new RateLimitedLog(LOG, 1000);

    /**
     * The observation of a client or server.
     *
     * @param side its side
     * @param pattern its pattern
     * @param endpoint its name
     * @param listeners its listeners
     * @param addresses its endpoints, asked for when a call is observed
     */
    public Observation(Side side, Pattern pattern, String endpoint, List<CallListener> listeners,
            Supplier<List<String>> addresses) {
        this.side = side;
        this.pattern = pattern;
        this.endpoint = endpoint;
        this.listeners = listeners.toArray(CallListener[]::new);
        this.addresses = addresses;
    }

    /**
     * Whether calls are observed now.
     *
     * @return true when a listener is registered or a JFR recording has {@code zmqrpc.Call} on
     */
    public boolean active() {
        return listeners.length != 0 || Jfr.recording();
    }

    /**
     * Whether listeners are registered (only they read a call's metadata).
     *
     * @return true when there is one
     */
    public boolean hasListeners() {
        return listeners.length != 0;
    }

    /**
     * A call starts; call only when {@link #active()}.
     *
     * @param method the method name
     * @param peer the caller's identity (server, request/reply), or null
     * @param requestBytes the size of the encoded arguments
     * @param metadata the call's metadata (writable on a client)
     * @param timeLeft the time left before the deadline, or null
     * @return the call's observer, or null when nothing follows it
     */
    public CallObserver start(String method, String peer, int requestBytes, Map<String, String> metadata,
            Duration timeLeft) {
        CallInfo info = new CallInfo(side, pattern, method, endpoint, addresses.get(), peer, requestBytes,
                metadata, timeLeft);
        List<CallObserver> observers = new ArrayList<>(listeners.length + 1);
        for (CallListener listener : listeners) {
            try {
                CallObserver observer = listener.started(info);
                if (observer != null) {
                    observers.add(observer);
                }
            } catch (RuntimeException | LinkageError e) {
                failed(listener, "started", e);
            }
        }
        CallObserver event = Jfr.start(info);
        if (event != null) {
            observers.add(event);
        }
        return observers.isEmpty() ? null : new Guarded(this, observers.toArray(CallObserver[]::new));
    }

    /**
     * Messages were dropped; tells every listener.
     *
     * @param reason why
     * @param count how many
     */
    public void dropped(DropReason reason, int count) {
        if (listeners.length == 0 || count <= 0) {
            return;
        }
        Drop drop = new Drop(side, pattern, endpoint, reason, count);
        for (CallListener listener : listeners) {
            try {
                listener.dropped(drop);
            } catch (RuntimeException | LinkageError e) {
                failed(listener, "dropped", e);
            }
        }
    }

    void failed(Object who, String method, Throwable e) {
        failures.log(Level.WARNING, "zmqrpc " + endpoint + ": call listener " + who.getClass().getName() + "."
                + method + " failed (the call goes on): " + e, e);
    }

    /** One call's observers, each shielded from the others' failures. */
    private static final class Guarded implements CallObserver {
        private final Observation owner;
        private final CallObserver[] observers;

        Guarded(Observation owner, CallObserver[] observers) {
            this.owner = owner;
            this.observers = observers;
        }

        @Override
        public Scope enter() {
            Scope[] scopes = new Scope[observers.length];
            for (int i = 0; i < observers.length; i++) {
                try {
                    scopes[i] = observers[i].enter();
                } catch (RuntimeException | LinkageError e) {
                    owner.failed(observers[i], "enter", e);
                }
            }
            return () -> {
                // Closed in reverse: the innermost scope (the last listener's) first.
                for (int i = scopes.length - 1; i >= 0; i--) {
                    if (scopes[i] != null) {
                        try {
                            scopes[i].close();
                        } catch (RuntimeException | LinkageError e) {
                            owner.failed(observers[i], "enter(...).close", e);
                        }
                    }
                }
            };
        }

        @Override
        public void ended(CallEnd end) {
            for (CallObserver observer : observers) {
                try {
                    observer.ended(end);
                } catch (RuntimeException | LinkageError e) {
                    owner.failed(observer, "ended", e);
                }
            }
        }
    }
}
