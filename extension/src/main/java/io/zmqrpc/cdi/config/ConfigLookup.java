package io.zmqrpc.cdi.config;

import java.util.Optional;
import java.util.Set;

/**
 * Where zmqrpc reads configuration: MicroProfile Config when it is on the class path, else system
 * properties then environment variables.
 */
public interface ConfigLookup {

    /**
     * The value of a key.
     *
     * @param key the key, for example {@code zmqrpc.server.Calculator.bind}
     * @return the value, or empty when the key is not set
     */
    Optional<String> get(String key);

    /**
     * Every key known (environment variables excluded: their names cannot hold the dotted keys).
     *
     * @return the key names
     */
    Set<String> names();

    /**
     * The lookup for this application: MicroProfile Config when present, else system properties
     * and environment.
     *
     * @return the lookup
     */
    static ConfigLookup detect() {
        ConfigLookup mp = MicroProfileLookup.tryCreate();
        return mp != null ? mp : new SystemLookup();
    }
}
