package io.zmqrpc.cdi.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link ConfigLookup} over a fixed map of keys, for tests. */
public final class MapLookup implements ConfigLookup {

    private final Map<String, String> keys;

    private MapLookup(Map<String, String> keys) {
        this.keys = keys;
    }

    /**
     * The lookup of a map.
     *
     * @param keys the keys and values
     * @return the lookup
     */
    public static ConfigLookup of(Map<String, String> keys) {
        return new MapLookup(keys);
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(keys.get(key));
    }

    @Override
    public Set<String> names() {
        return keys.keySet();
    }
}
