package io.zmqrpc.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** Collects what one-way endpoints (pipeline, pub/sub) recorded, up to a marker message. */
public final class Messages {

    private Messages() {
    }

    /**
     * Takes messages until the marker (sent last) and at least {@code count} others have come,
     * failing when they do not within 20 seconds. Handlers run concurrently on the executor, so
     * the marker may be recorded before messages sent ahead of it; one sent ahead of it that
     * should not have come shows up among the others.
     *
     * @param queue where the endpoint records
     * @param marker the message sent last
     * @param count how many messages are expected besides the marker
     * @return the messages besides the marker, in the order recorded
     * @throws InterruptedException when interrupted
     */
    public static List<String> until(BlockingQueue<String> queue, String marker, int count) throws InterruptedException {
        List<String> got = new ArrayList<>();
        boolean marked = false;
        while (!marked || got.size() < count) {
            String m = queue.poll(20, TimeUnit.SECONDS);
            if (m == null) {
                throw new AssertionError("not '" + marker + "' and " + count + " more within 20 s; got " + got);
            }
            if (m.equals(marker)) {
                marked = true;
            } else {
                got.add(m);
            }
        }
        return got;
    }

    /**
     * Waits until a condition holds, failing after 20 seconds (for effects that follow a
     * message's handling, such as the end of its request context).
     *
     * @param what the condition, for the failure message
     * @param condition the condition
     * @throws InterruptedException when interrupted
     */
    public static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what);
            }
            Thread.sleep(10);
        }
    }
}
