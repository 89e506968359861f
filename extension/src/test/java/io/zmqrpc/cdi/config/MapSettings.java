package io.zmqrpc.cdi.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link Settings} over a fixed map of keys, for the tests of the readers of settings. */
final class MapSettings {

    private MapSettings() {
    }

    static Settings of(String prefix, Map<String, String> keys) {
        ConfigLookup config = new ConfigLookup() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(keys.get(key));
            }

            @Override
            public Set<String> names() {
                return keys.keySet();
            }
        };
        return new Settings(config, prefix);
    }
}
