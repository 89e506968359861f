package io.zmqrpc.cdi.config;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * System properties first, then environment variables under the key itself, then with every
 * character other than a letter or digit replaced by {@code _}, then that in upper case (the rule
 * MicroProfile Config uses: {@code zmqrpc.shutdown.grace} is also {@code ZMQRPC_SHUTDOWN_GRACE}).
 */
final class SystemLookup implements ConfigLookup {

    @Override
    public Optional<String> get(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            String sanitized = key.replaceAll("[^A-Za-z0-9]", "_");
            for (String name : new String[] {key, sanitized, sanitized.toUpperCase(Locale.ROOT)}) {
                value = System.getenv(name);
                if (value != null) {
                    break;
                }
            }
        }
        return Optional.ofNullable(value);
    }

    @Override
    public Set<String> names() {
        return System.getProperties().stringPropertyNames();
    }
}
