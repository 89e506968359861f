package io.zmqrpc.cdi.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${key}} and {@code ${key:default}} in annotation values against a
 * {@link ConfigLookup}; a placeholder whose key is unset and that has no default fails.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    private final ConfigLookup config;

    /**
     * Creates a resolver.
     *
     * @param config where keys are read
     */
    public Placeholders(ConfigLookup config) {
        this.config = config;
    }

    /**
     * Replaces every placeholder of a value.
     *
     * @param value the annotation value
     * @return the value with placeholders replaced
     * @throws IllegalArgumentException naming the placeholder when its key is unset and it has no default
     */
    public String resolve(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1).strip();
            String resolved = config.get(key).orElse(m.group(2));
            if (resolved == null) {
                throw new IllegalArgumentException("unresolvable placeholder ${" + key + "} in '" + value + "'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolved));
        }
        m.appendTail(out);
        return out.toString();
    }
}
