package io.zmqrpc.runtime.observe;

import io.zmqrpc.observe.CallEnd;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.CallListener;
import io.zmqrpc.observe.CallObserver;
import io.zmqrpc.observe.Drop;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A listener that keeps what it saw: each call's start and end, the thread of its scope, and the drops. */
final class Recorder implements CallListener {

    /** One observed call. */
    static final class Seen {
        final CallInfo info;
        volatile CallEnd end;
        volatile String enteredOn;
        volatile boolean scopeClosed;

        Seen(CallInfo info) {
            this.info = info;
        }
    }

    final List<Seen> calls = new CopyOnWriteArrayList<>();
    final List<Drop> drops = new CopyOnWriteArrayList<>();
    /** What this recorder puts in a client call's metadata. */
    private final Map<String, String> adds;

    Recorder() {
        this(Map.of());
    }

    Recorder(Map<String, String> adds) {
        this.adds = adds;
    }

    @Override
    public CallObserver started(CallInfo call) {
        Seen seen = new Seen(call);
        calls.add(seen);
        if (!adds.isEmpty() && call.side() == io.zmqrpc.observe.Side.CLIENT && call.pattern() == io.zmqrpc.Pattern.RPC) {
            // Only a request/reply client's metadata travels, and only it is writable.
            call.metadata().putAll(adds);
        }
        return new CallObserver() {
            @Override
            public Scope enter() {
                seen.enteredOn = Thread.currentThread().getName();
                return () -> seen.scopeClosed = true;
            }

            @Override
            public void ended(CallEnd end) {
                if (seen.end != null) {
                    throw new AssertionError("ended twice: " + seen.info);
                }
                seen.end = end;
            }
        };
    }

    @Override
    public void dropped(Drop drop) {
        drops.add(drop);
    }

    /** Waits until {@code n} calls have ended, and returns them. */
    List<Seen> ended(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (calls.size() >= n && calls.stream().limit(n).allMatch(s -> s.end != null)) {
                return calls.subList(0, n);
            }
            Thread.sleep(5);
        }
        throw new AssertionError("expected " + n + " ended calls, saw " + calls.size() + ": "
                + calls.stream().map(s -> s.info.method() + "=" + s.end).toList());
    }

    /** Waits until {@code n} drops were reported. */
    List<Drop> drops(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (drops.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return drops;
    }
}
