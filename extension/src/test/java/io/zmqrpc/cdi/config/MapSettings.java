package io.zmqrpc.cdi.config;

import java.util.Map;

/** {@link Settings} over a fixed map of keys, for the tests of the readers of settings. */
final class MapSettings {

    private MapSettings() {
    }

    static Settings of(String prefix, Map<String, String> keys) {
        return new Settings(MapLookup.of(keys), prefix);
    }
}
