package io.zmqrpc.cdi.config;

import java.util.Arrays;
import java.util.List;

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
}
