package io.zmqrpc.runtime.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** At most one line per interval, and every message either logged or counted in a later line. */
class RateLimitedLogTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final Pattern COUNT = Pattern.compile(" \\((\\d+) similar messages suppressed\\)$");

    private final Recorder recorder = new Recorder(Level.INFO);

    @Test
    void theLineAfterTheIntervalCarriesTheCountOfWhatWasLeftOut() {
        AtomicLong now = new AtomicLong(-5 * SECOND);
        RateLimitedLog log = new RateLimitedLog(recorder, 1000, now::get);

        log.log(Level.WARNING, "bad", null);
        now.addAndGet(SECOND / 2);
        log.log(Level.WARNING, "bad", null);
        log.log(Level.WARNING, "bad", null);
        now.addAndGet(SECOND / 2 - 1);
        log.log(Level.WARNING, "bad", null);
        now.addAndGet(1);
        log.log(Level.WARNING, "worse", null);
        now.addAndGet(SECOND / 2);
        log.log(Level.WARNING, "bad", null);
        now.addAndGet(SECOND);
        IllegalStateException cause = new IllegalStateException("why");
        log.log(Level.WARNING, "bad", cause);

        assertThat(recorder.lines).containsExactly(
                "WARNING bad",
                "WARNING worse (3 similar messages suppressed)",
                "WARNING bad (1 similar messages suppressed) / java.lang.IllegalStateException: why");
    }

    @Test
    void aLevelTheLoggerDropsIsNeitherLoggedNorCounted() {
        AtomicLong now = new AtomicLong();
        RateLimitedLog log = new RateLimitedLog(recorder, 1000, now::get);

        log.log(Level.DEBUG, "quiet", null);
        log.log(Level.WARNING, "loud", null);
        log.log(Level.DEBUG, "quiet", null);
        now.addAndGet(SECOND);
        log.log(Level.WARNING, "loud", null);

        assertThat(recorder.lines).containsExactly("WARNING loud", "WARNING loud");
    }

    @Test
    void threadsLoggingAtOnceLoseNoCount() throws Exception {
        // A real clock and a short interval, so that many lines race with many counts; then, past
        // the interval, one more message carries what is left.
        AtomicLong offset = new AtomicLong();
        RateLimitedLog log = new RateLimitedLog(recorder, 1, () -> System.nanoTime() + offset.get());
        int threads = 4;
        int each = 50_000;
        CyclicBarrier together = new CyclicBarrier(threads);
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < each; i++) {
                    log.log(Level.WARNING, "bad", null);
                }
            });
            thread.start();
            started.add(thread);
        }
        for (Thread thread : started) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(thread.isAlive()).as("a logging thread still running").isFalse();
        }
        offset.addAndGet(TimeUnit.MILLISECONDS.toNanos(2));
        log.log(Level.WARNING, "bad", null);

        long counted = 0;
        for (String line : recorder.lines) {
            Matcher m = COUNT.matcher(line);
            counted += m.find() ? Long.parseLong(m.group(1)) : 0;
        }
        assertThat(recorder.lines.get(recorder.lines.size() - 1)).matches("WARNING bad( \\(\\d+ similar messages suppressed\\))?");
        assertThat(recorder.lines.size() + counted).as("lines plus counts").isEqualTo((long) threads * each + 1);
    }

    /** A System.Logger that keeps each line as "LEVEL message[ / cause]". */
    private static final class Recorder implements System.Logger {

        private final Level lowest;
        private final List<String> lines = new CopyOnWriteArrayList<>();

        Recorder(Level lowest) {
            this.lowest = lowest;
        }

        @Override
        public String getName() {
            return "recorder";
        }

        @Override
        public boolean isLoggable(Level level) {
            return level.getSeverity() >= lowest.getSeverity();
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            lines.add(level + " " + msg + (thrown == null ? "" : " / " + thrown));
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(level + " " + format);
        }
    }
}
