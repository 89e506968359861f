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
     * Takes the count of messages sent, leaving zero; under the lock.
     *
     * @return how many left the socket since the last take
     */
    int takeSent() {
        int taken = sent;
        sent = 0;
        return taken;
    }

    /**
     * Takes the peers reported gone, leaving none; under the lock.
     *
     * @return each peer's routing id and dropped count, or null when none went
     */
    List<Object[]> takeGone() {
        List<Object[]> taken = gone;
        gone = null;
        return taken;
    }

    /**
     * Tells the listener what was taken; after the lock was released.
     *
     * @param listener the loop's listener
     * @param sent the count taken
     * @param gone the peers taken, or null
     */
    static void deliver(SocketLoop.Listener listener, int sent, List<Object[]> gone) {
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
