package io.zmqrpc.cdi.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The settings of one endpoint or client: an annotation value, unless the override key
 * {@code <prefix>.<attribute>} is set; placeholders resolved either way.
 */
public final class Settings {

    private final ConfigLookup config;
    private final Placeholders placeholders;
    private final String prefix;

    /**
     * Creates the settings of one declaration.
     *
     * @param config where keys are read
     * @param prefix for example {@code zmqrpc.server.Calculator}
     */
    public Settings(ConfigLookup config, String prefix) {
        this.config = config;
        this.placeholders = new Placeholders(config);
        this.prefix = prefix;
    }

    /**
     * The key that overrides an attribute.
     *
     * @param attribute for example {@code bind}
     * @return the key
     */
    public String key(String attribute) {
        return prefix + "." + attribute;
    }

    /**
     * A text attribute.
     *
     * @param attribute the attribute's key suffix
     * @param annotated the annotation's value
     * @return the override or annotation value, placeholders resolved
     * @throws IllegalArgumentException for an unresolvable placeholder, naming the attribute
     */
    public String text(String attribute, String annotated) {
        String raw = config.get(key(attribute)).orElse(annotated);
        try {
            return placeholders.resolve(raw).strip();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (" + attribute + ")", e);
        }
    }

    /**
     * A list attribute: the override is comma-separated; each element is resolved, and one that
     * resolves to a comma-separated text gives several elements; blank elements are dropped.
     *
     * @param attribute the attribute's key suffix
     * @param annotated the annotation's values
     * @return the values
     */
    public List<String> list(String attribute, String[] annotated) {
        String joined = config.get(key(attribute)).orElse(String.join(",", annotated));
        try {
            return Arrays.stream(placeholders.resolve(joined).split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (" + attribute + ")", e);
        }
    }

    /**
     * A yes-or-no attribute: {@code true} or {@code false}, case ignored.
     *
     * @param attribute the attribute's key suffix
     * @param annotated the annotation's value
     * @return the override or annotation value
     * @throws IllegalArgumentException for any other text, naming the key
     */
    public boolean flag(String attribute, boolean annotated) {
        String value = text(attribute, Boolean.toString(annotated));
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(key(attribute) + " must be true or false, got '" + value + "'");
    }

    /**
     * A count that only a key sets (there is no annotation attribute): a positive whole number.
     *
     * @param attribute the attribute's key suffix
     * @return the count, or empty when the key is not set
     * @throws IllegalArgumentException for any other text, naming the key
     */
    public Optional<Integer> count(String attribute) {
        String value = text(attribute, "");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int count = Integer.parseInt(value);
            if (count > 0) {
                return Optional.of(count);
            }
        } catch (NumberFormatException e) {
            // reported below, as a value out of range is
        }
        throw new IllegalArgumentException(key(attribute) + " must be a whole number from 1 to " + Integer.MAX_VALUE
                + ", got '" + value + "'");
    }

    /**
     * A duration that only a key sets (there is no annotation attribute), from zero up to a bound.
     *
     * @param attribute the attribute's key suffix
     * @param max the longest allowed, or null for no bound
     * @return the duration, or empty when the key is not set
     * @throws IllegalArgumentException for a text that is no duration, or one out of range, naming the key
     */
    public Optional<Duration> duration(String attribute, Duration max) {
        String value = text(attribute, "");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Duration duration;
        try {
            duration = Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key(attribute) + ": " + e.getMessage(), e);
        }
        if (duration.isNegative() || max != null && duration.compareTo(max) > 0) {
            throw new IllegalArgumentException(key(attribute) + (max == null ? " must not be negative"
                    : " must be between 0 and " + max.toMillis() + "ms") + ", got '" + value + "'");
        }
        return Optional.of(duration);
    }
}
