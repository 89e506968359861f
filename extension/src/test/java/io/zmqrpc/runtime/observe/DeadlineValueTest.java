package io.zmqrpc.runtime.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.Deadline;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link Deadline} as a value: its time left, its order, and the thread binding its blocks make and undo. */
class DeadlineValueTest {

    @Test
    void theTimeLeftCountsDownAndStopsAtZero() {
        Deadline soon = Deadline.after(Duration.ofSeconds(10));
        assertThat(soon.timeLeft()).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10));
        assertThat(soon.expired()).isFalse();
        Deadline passed = Deadline.after(Duration.ofMillis(-50));
        assertThat(passed.expired()).isTrue();
        assertThat(passed.timeLeft()).isZero();
        assertThat(passed.nanosLeft()).isNegative();
    }

    @Test
    void durationsTooLongForNanosecondsAreFarAwayNotOverflowed() {
        assertThat(Deadline.after(Duration.ofSeconds(Long.MAX_VALUE)).expired()).isFalse();
        assertThat(Deadline.after(Duration.ofSeconds(Long.MIN_VALUE)).expired()).isTrue();
    }

    @Test
    void theEarlierOfTwoWins() {
        Deadline near = Deadline.after(Duration.ofSeconds(1));
        Deadline far = Deadline.after(Duration.ofSeconds(5));
        assertThat(near.min(far)).isSameAs(near);
        assertThat(far.min(near)).isSameAs(near);
        assertThat(far.min(null)).isSameAs(far);
    }

    @Test
    void blocksNestAndRestoreWhatTheThreadHadEvenWhenTheyThrow() throws Exception {
        Deadline outer = Deadline.after(Duration.ofSeconds(5));
        Deadline inner = Deadline.after(Duration.ofSeconds(1));
        assertThat(Deadline.currentOrNull()).isNull();
        Deadline seen = outer.call(() -> {
            try {
                inner.run(() -> {
                    assertThat(Deadline.currentOrNull()).isSameAs(inner);
                    throw new IllegalStateException("out of the inner block");
                });
            } catch (IllegalStateException expected) {
                // the outer deadline is back
            }
            return Deadline.currentOrNull();
        });
        assertThat(seen).isSameAs(outer);
        assertThat(Deadline.current()).isEmpty();
    }
}
