package io.zmqrpc.cdi.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the duration texts of annotations and configuration: ISO-8601 or a number with a unit. */
public final class Durations {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(us|ms|s|m|h|d)");

    private Durations() {
    }

    /**
     * Parses {@code PT5S}, {@code 100us} (microseconds), {@code 500ms}, {@code 5s}, {@code 2m},
     * {@code 1h} or {@code 1d}.
     *
     * @param text the text
     * @return the duration
     * @throws IllegalArgumentException naming the text when it is neither form
     */
    public static Duration parse(String text) {
        String t = text.strip();
        Matcher m = SIMPLE.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "us" -> Duration.ofNanos(Math.multiplyExact(n, 1000L));
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad duration '" + text
                    + "': write ISO-8601 (PT5S) or a number with a unit (100us, 500ms, 5s, 2m, 1h)");
        }
    }
}
