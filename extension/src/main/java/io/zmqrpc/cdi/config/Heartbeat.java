package io.zmqrpc.cdi.config;

import io.zmqrpc.runtime.EndpointOptions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The ZMTP heartbeat settings of one endpoint or client ({@code heartbeat.interval},
 * {@code heartbeat.timeout}, {@code heartbeat.ttl}), so that a silently dead peer is detected.
 *
 * @param interval the ping interval
 * @param timeout how long a silent peer is kept, or null for the interval
 * @param ttl the TTL announced to the peer, or null for none
 */
public record Heartbeat(Duration interval, Duration timeout, Duration ttl) {

    /**
     * Reads the settings: attribute values unless overridden by key, placeholders resolved.
     *
     * @param settings the declaration's settings
     * @param interval the annotated interval
     * @param timeout the annotated timeout
     * @param ttl the annotated TTL
     * @param problems receives each problem
     * @return the settings, or empty when none are set or they have problems
     */
    public static Optional<Heartbeat> read(Settings settings, String interval, String timeout, String ttl,
            List<String> problems) {
        int before = problems.size();
        Duration every = duration(settings, "heartbeat.interval", interval, problems);
        Duration silent = duration(settings, "heartbeat.timeout", timeout, problems);
        Duration announced = duration(settings, "heartbeat.ttl", ttl, problems);
        if (every == null && (silent != null || announced != null)) {
            problems.add("heartbeat.timeout and heartbeat.ttl need heartbeat.interval");
        }
        if (problems.size() > before || every == null) {
            return Optional.empty();
        }
        return Optional.of(new Heartbeat(every, silent, announced));
    }

    private static Duration duration(Settings settings, String attribute, String annotated, List<String> problems) {
        String text = Attempts.attempt(problems, () -> settings.text(attribute, annotated));
        if (text == null || text.isEmpty()) {
            return null;
        }
        Duration d = Attempts.attempt(problems, () -> Durations.parse(text));
        if (d != null && (d.isNegative() || d.isZero())) {
            problems.add(attribute + " must be positive, got '" + text + "'");
            return null;
        }
        return d;
    }

    /**
     * Sets these heartbeats on options being built.
     *
     * @param options the options
     */
    public void applyTo(EndpointOptions.Builder<?, ?> options) {
        options.heartbeat(interval, timeout, ttl);
    }
}
