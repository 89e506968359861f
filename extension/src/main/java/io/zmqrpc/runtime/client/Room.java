package io.zmqrpc.runtime.client;

import io.zmqrpc.RpcException;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.TooManyPendingCallsException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bound on what a client holds for its peers (calls waiting for replies, or notifications not
 * yet sent): a caller that finds no room is refused at once (asynchronous calls) or waits for room
 * within its deadline (blocking calls and notifications), so a fast producer is slowed down and
 * memory stays bounded whatever it does.
 */
final class Room {

    private final Semaphore free;
    private final int size;
    private final String owner;

    /**
     * @param size how many may be held at once
     * @param owner the client, for messages
     */
    Room(int size, String owner) {
        this.free = new Semaphore(size);
        this.size = size;
        this.owner = owner;
    }

    /**
     * Takes one place without waiting.
     *
     * @param what what is refused, for the message
     * @throws TooManyPendingCallsException when there is none
     */
    void enterNow(String what) {
        if (!free.tryAcquire()) {
            throw new TooManyPendingCallsException("client " + owner + " already holds " + size
                    + " calls (maxPendingCalls): " + what + " was refused; wait for some to finish");
        }
    }

    /**
     * Takes one place, waiting for it until the deadline.
     *
     * @param what what waits, for the message
     * @param deadlineNanos the {@link System#nanoTime()} to give up at
     * @throws RpcTimeoutException when no place became free in time
     * @throws RpcException when the waiting thread is interrupted
     */
    void enter(String what, long deadlineNanos) {
        try {
            if (!free.tryAcquire() && !free.tryAcquire(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                throw new RpcTimeoutException("client " + owner + " held " + size + " calls (maxPendingCalls) until "
                        + what + " timed out: none of them finished in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RpcException("interrupted while waiting for room for " + what, e);
        }
    }

    /**
     * Gives places back.
     *
     * @param count how many
     */
    void leave(int count) {
        free.release(count);
    }
}
