package io.zmqrpc.runtime.transport;

import org.zeromq.ZMQ;

/**
 * The outbox of a socket with one way out (DEALER, PUSH, XPUB): the message that meets a full
 * pipe (the high-water mark) is kept and sent first on the next flush, so that messages leave in
 * the order they were queued; the socket shows room again as POLLOUT.
 */
final class FifoOutbox extends Outbox {

    /** The message a full pipe refused, sent before anything queued; owner only. */
    private byte[][] blocked;

    @Override
    boolean sendable() {
        return blocked == null && !queued.isEmpty();
    }

    /** A DEALER's, PUSH's or XPUB's room shows as POLLOUT, which the loop asks before it sleeps. */
    @Override
    long retryMillis() {
        return -1;
    }

    @Override
    void offer(ZMQ.Socket socket, byte[][] frames, Events events) {
        if (blocked != null || !queued.isEmpty()) {
            queued.add(frames);
            flush(socket, events);
        } else if (Multipart.trySend(socket, frames)) {
            events.sent(1);
        } else {
            blocked = frames;
            held = 1;
        }
    }

    @Override
    int flush(ZMQ.Socket socket, Events events) {
        int sent = 0;
        byte[][] next = blocked != null ? blocked : queued.poll();
        blocked = null;
        while (next != null) {
            if (!Multipart.trySend(socket, next)) {
                blocked = next;
                break;
            }
            sent++;
            next = queued.poll();
        }
        held = blocked == null ? 0 : 1;
        if (sent > 0) {
            events.sent(sent);
        }
        return sent;
    }

    @Override
    boolean retry(ZMQ.Socket socket, Events events) {
        return blocked != null && (Multipart.events(socket) & ZMQ.Poller.POLLOUT) != 0 && flush(socket, events) > 0;
    }

    @Override
    int forget(byte[] identity) {
        return 0;
    }
}
