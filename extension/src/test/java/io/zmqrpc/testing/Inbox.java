package io.zmqrpc.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a test handler received, in arrival order, for one-way patterns where nothing comes back:
 * handlers {@link #add} entries, the test {@link #take}s them with a generous timeout.
 */
public final class Inbox {

    private final LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();

    /**
     * Records one entry; called by handlers on their threads.
     *
     * @param entry what was received
     */
    public void add(String entry) {
        received.add(entry);
    }

    /**
     * Waits for the next {@code n} entries.
     *
     * @param n how many
     * @return them, in arrival order
     * @throws AssertionError when they do not all arrive within 30 seconds
     */
    public List<String> take(int n) {
        List<String> entries = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                String next = received.poll(30, TimeUnit.SECONDS);
                if (next == null) {
                    throw new AssertionError("only " + i + " of " + n + " entries arrived: " + entries);
                }
                entries.add(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return entries;
    }

    /**
     * Takes entries up to and including the first that equals {@code last}.
     *
     * @param last the marker to wait for
     * @return the entries before the marker
     */
    public List<String> takeUntil(String last) {
        List<String> entries = new ArrayList<>();
        for (String next = take(1).get(0); !next.equals(last); next = take(1).get(0)) {
            entries.add(next);
        }
        return entries;
    }

    /**
     * Entries that arrived and were not taken yet, without waiting.
     *
     * @param quiet how long to wait first, for stray entries to show up
     * @return them
     */
    public List<String> rest(Duration quiet) {
        try {
            Thread.sleep(quiet.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> entries = new ArrayList<>();
        received.drainTo(entries);
        return entries;
    }
}
