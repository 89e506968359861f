package io.zmqrpc.runtime.transport;

import java.util.ArrayList;
import java.util.List;

/**
 * What an outbox reports while its socket's lock is held, kept until the lock is released: the
 * listener's reactions (counts, a call's outcome completed for a client that went away) may run
 * code that must not run under the lock. Used by the lock holder only.
 */
final class DeferredEvents implements Outbox.Events {

    private int sent;
    private List<Object[]> gone;

    @Override
    public void sent(int count) {
        sent += count;
    }

    @Override
    public void peerGone(byte[] identity, int dropped) {
        if (gone == null) {
            gone = new ArrayList<>(2);
        }
        gone.add(new Object[] {identity, dropped});
    }

    /**
     * Takes what was reported, leaving this empty; under the lock.
     *
     * @return the reports, or null when there were none
     */
    DeferredEvents take() {
        if (sent == 0 && gone == null) {
            return null;
        }
        DeferredEvents taken = new DeferredEvents();
        taken.sent = sent;
        taken.gone = gone;
        sent = 0;
        gone = null;
        return taken;
    }

    /**
     * Tells the listener; after the lock was released.
     *
     * @param listener the loop's listener
     */
    void deliverTo(SocketLoop.Listener listener) {
        if (gone != null) {
            for (Object[] peer : gone) {
                listener.onPeerGone((byte[]) peer[0], (Integer) peer[1]);
            }
        }
        if (sent > 0) {
            listener.onSent(sent);
        }
    }
}
