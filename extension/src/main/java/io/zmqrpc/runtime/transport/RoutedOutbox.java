package io.zmqrpc.runtime.transport;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The outbox of a ROUTER with {@code ZMQ_ROUTER_MANDATORY}: each message goes to the peer its
 * first frame names. A peer whose pipe is full refuses the message (EAGAIN) instead of ZeroMQ
 * dropping it; the message is kept for that peer, with whatever comes after it for that peer, in
 * order, while messages to other peers go on. A peer that is gone (EHOSTUNREACH, or its disconnect
 * message) has what was kept for it dropped and reported.
 *
 * <p>A ROUTER always shows POLLOUT, whichever pipe is full, so room is not waited for as POLLOUT:
 * a drained pipe sends its socket a command, which wakes the loop watching the descriptor, and
 * every flush tries the kept messages first. Any send or look at the socket may consume that
 * command before the kept messages are tried, so while messages are kept the loop also tries
 * them every {@value #RETRY_MILLIS} ms: a full peer's replies are late by that much at most.
 */
final class RoutedOutbox extends Outbox {

    static final long RETRY_MILLIS = 5;

    /** Messages kept per peer, oldest first; owner only. */
    private final Map<ByteBuffer, ArrayDeque<byte[][]>> kept = new LinkedHashMap<>();

    @Override
    boolean sendable() {
        return !queued.isEmpty();
    }

    @Override
    long retryMillis() {
        return held > 0 ? RETRY_MILLIS : -1;
    }

    @Override
    void offer(ZMQ.Socket socket, byte[][] frames, Events events) {
        ByteBuffer peer = ByteBuffer.wrap(frames[0]);
        if (!queued.isEmpty() || kept.containsKey(peer)) {
            queued.add(frames);
            flush(socket, events);
            return;
        }
        switch (trySend(socket, frames)) {
            case SENT -> events.sent(1);
            case FULL -> keep(peer, frames);
            case GONE -> events.peerGone(frames[0], 1);
        }
    }

    @Override
    int flush(ZMQ.Socket socket, Events events) {
        int sent = retryKept(socket, events);
        for (byte[][] next; (next = queued.poll()) != null; ) {
            ByteBuffer peer = ByteBuffer.wrap(next[0]);
            ArrayDeque<byte[][]> waiting = kept.get(peer);
            if (waiting != null) {
                // Behind what is already kept for this peer: replies keep their order.
                waiting.add(next);
                held++;
                continue;
            }
            switch (trySend(socket, next)) {
                case SENT -> sent++;
                case FULL -> keep(peer, next);
                case GONE -> events.peerGone(next[0], 1);
            }
        }
        if (sent > 0) {
            events.sent(sent);
        }
        return sent;
    }

    @Override
    boolean retry(ZMQ.Socket socket, Events events) {
        if (held == 0) {
            return false;
        }
        int sent = retryKept(socket, events);
        if (sent > 0) {
            events.sent(sent);
        }
        return sent > 0;
    }

    @Override
    int forget(byte[] identity) {
        ArrayDeque<byte[][]> dropped = kept.remove(ByteBuffer.wrap(identity));
        if (dropped == null) {
            return 0;
        }
        held -= dropped.size();
        return dropped.size();
    }

    /** Sends what each peer's pipe takes of what is kept for it. */
    private int retryKept(ZMQ.Socket socket, Events events) {
        int sent = 0;
        for (Iterator<Map.Entry<ByteBuffer, ArrayDeque<byte[][]>>> peers = kept.entrySet().iterator(); peers.hasNext(); ) {
            Map.Entry<ByteBuffer, ArrayDeque<byte[][]>> peer = peers.next();
            ArrayDeque<byte[][]> waiting = peer.getValue();
            Outcome outcome = Outcome.SENT;
            while (!waiting.isEmpty() && (outcome = trySend(socket, waiting.peek())) == Outcome.SENT) {
                waiting.poll();
                held--;
                sent++;
            }
            if (outcome == Outcome.GONE) {
                held -= waiting.size();
                events.peerGone(waiting.peek()[0], waiting.size());
                waiting.clear();
            }
            if (waiting.isEmpty()) {
                peers.remove();
            }
        }
        return sent;
    }

    private void keep(ByteBuffer peer, byte[][] frames) {
        ArrayDeque<byte[][]> waiting = new ArrayDeque<>();
        waiting.add(frames);
        kept.put(peer, waiting);
        held++;
    }

    private enum Outcome { SENT, FULL, GONE }

    private static Outcome trySend(ZMQ.Socket socket, byte[][] frames) {
        try {
            return Multipart.trySend(socket, frames) ? Outcome.SENT : Outcome.FULL;
        } catch (ZMQException e) {
            // EHOSTUNREACH: the peer's pipe is gone. Anything else would be a bug of ours: the
            // message is dropped either way, and reported as for a peer that is gone.
            return Outcome.GONE;
        }
    }
}
