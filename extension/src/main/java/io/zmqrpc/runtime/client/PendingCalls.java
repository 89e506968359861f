package io.zmqrpc.runtime.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The calls a client is waiting for, by request id. Ids count up from 1 and wrap from 0xFFFFFFFF to
 * 0 as aiozmq's do; an id still in use after a wrap is skipped. Every path that ends a call removes
 * it, so the table never holds a finished call, and gives its place in the {@link Room} back.
 */
final class PendingCalls {

    private final Map<Integer, PendingCall> calls = new ConcurrentHashMap<>();
    private final AtomicInteger lastId = new AtomicInteger();
    private final Room room;

    /**
     * @param room the bound on calls waiting; a place is taken before {@link #register}
     */
    PendingCalls(Room room) {
        this.room = room;
    }

    /**
     * The bound, to take a place in before registering.
     *
     * @return the room
     */
    Room room() {
        return room;
    }

    /**
     * Registers a new call under a fresh id.
     *
     * @param factory makes the call for the id
     * @return the registered call
     */
    <P extends PendingCall> P register(Function<Integer, P> factory) {
        while (true) {
            int id = lastId.incrementAndGet();
            P call = factory.apply(id);
            if (calls.putIfAbsent(id, call) == null) {
                return call;
            }
        }
    }

    /**
     * Takes the call with this id out of the table.
     *
     * @param id the request id
     * @return the call, or null when none waits (never sent, answered, timed out)
     */
    PendingCall take(int id) {
        PendingCall call = calls.remove(id);
        if (call != null) {
            room.leave(1);
        }
        return call;
    }

    /**
     * Takes out one particular call, if it is still there.
     *
     * @param call the call
     * @return true when this caller removed it
     */
    boolean take(PendingCall call) {
        if (calls.remove(call.id, call)) {
            room.leave(1);
            return true;
        }
        return false;
    }

    /**
     * Fails every call whose deadline has passed.
     *
     * @param now {@link System#nanoTime()}
     * @param failure makes the exception for a call
     */
    void expire(long now, Function<PendingCall, Throwable> failure) {
        for (PendingCall call : calls.values()) {
            if (now - call.deadlineNanos >= 0 && take(call)) {
                call.fail(failure.apply(call));
            }
        }
    }

    /**
     * Fails every call.
     *
     * @param failure makes the exception for a call
     */
    void failAll(Function<PendingCall, Throwable> failure) {
        for (PendingCall call : calls.values()) {
            if (take(call)) {
                call.fail(failure.apply(call));
            }
        }
    }

    int size() {
        return calls.size();
    }

    boolean isEmpty() {
        return calls.isEmpty();
    }
}
