package io.zmqrpc.cdi.config;

import io.zmqrpc.runtime.transport.SocketSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code spin} key of an endpoint or a client: how long its socket thread looks for work
 * before it sleeps ({@link SocketSettings.Builder#spin(Duration)}). There is no annotation attribute:
 * it is a setting of the machine the application runs on, not of the application.
 */
public final class Spin {

    private Spin() {
    }

    /**
     * Reads the key, reporting a bad value.
     *
     * @param settings the endpoint's or client's settings
     * @param problems receives a problem
     * @return the spin time, or empty when the key is not set
     */
    public static Optional<Duration> read(Settings settings, List<String> problems) {
        Optional<Duration> spin = Attempts.attempt(problems, () -> settings.duration("spin", SocketSettings.MAX_SPIN));
        return spin == null ? Optional.empty() : spin;
    }
}
