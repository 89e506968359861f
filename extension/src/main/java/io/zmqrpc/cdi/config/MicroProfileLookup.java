package io.zmqrpc.cdi.config;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads MicroProfile Config; only loaded after the API was found on the class path. */
final class MicroProfileLookup implements ConfigLookup {

    private static final System.Logger LOG = System.getLogger(MicroProfileLookup.class.getName());

    private final Config config;

    private MicroProfileLookup(Config config) {
        this.config = config;
    }

    /** The lookup, or null when MicroProfile Config is absent or has no implementation. */
    static ConfigLookup tryCreate() {
        try {
            Class.forName("org.eclipse.microprofile.config.ConfigProvider", false, MicroProfileLookup.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        try {
            return new MicroProfileLookup(ConfigProvider.getConfig());
        } catch (RuntimeException | LinkageError e) {
            // The API without an implementation: fall back to system properties and environment.
            LOG.log(System.Logger.Level.DEBUG, "MicroProfile Config API present but unusable: {0}", e.toString());
            return null;
        }
    }

    @Override
    public Optional<String> get(String key) {
        return config.getOptionalValue(key, String.class);
    }

    @Override
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        config.getPropertyNames().forEach(names::add);
        return names;
    }
}
