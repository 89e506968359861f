package io.zmqrpc.cdi.server;

import io.zmqrpc.Pattern;
import io.zmqrpc.cdi.config.Heartbeat;
import io.zmqrpc.cdi.security.ServerCurve;
import io.zmqrpc.runtime.ServerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The settings of one server shared by several endpoint beans: a setting given by several beans
 * must agree (else a deployment problem names them); exception logging is on when any bean asks
 * for it, and the exclusions add up.
 *
 * @param pattern the pattern
 * @param handlerTimeout the handler timeout, or empty
 * @param maxInFlight the max calls in flight, or empty
 * @param maxMessageSize the max message size, or empty
 * @param logExceptions whether exceptions are logged
 * @param excludeLogExceptions the exception types not logged
 * @param subscribe the pub/sub topics
 * @param curve the CURVE settings, or empty for plaintext
 * @param heartbeat the ZMTP heartbeats, or empty for none
 * @param spin the socket thread's spin time, or empty for the default
 * @param describe whether the server answers {@code _zmqrpc.describe}: when any bean asks for it
 * @param health whether the server answers {@code _zmqrpc.health}: when any bean asks for it
 * @param handshakeRecovery the handshake-recovery time of the connections the server makes, or empty
 *     for the default
 */
record SharedSettings(Pattern pattern, Optional<Duration> handlerTimeout, Optional<Integer> maxInFlight,
        Optional<Long> maxMessageSize, boolean logExceptions, Set<Class<? extends Throwable>> excludeLogExceptions,
        Set<String> subscribe, Optional<ServerCurve> curve, Optional<Heartbeat> heartbeat, Optional<Duration> spin,
        boolean describe, boolean health, Optional<Duration> handshakeRecovery) {

    static Optional<SharedSettings> merge(List<EndpointDeclaration> members, String address, Consumer<String> problems) {
        List<String> found = new ArrayList<>();
        Pattern pattern = agreed(members, "pattern", d -> Optional.of(d.pattern()), address, found::add).orElse(Pattern.RPC);
        Optional<Duration> timeout = agreed(members, "timeout", EndpointDeclaration::handlerTimeout, address, found::add);
        Optional<Integer> inFlight = agreed(members, "max-in-flight", EndpointDeclaration::maxInFlight, address, found::add);
        Optional<Long> size = agreed(members, "max-message-size", EndpointDeclaration::maxMessageSize, address, found::add);
        Optional<ServerCurve> curve = agreed(members, "curve", EndpointDeclaration::curve, address, found::add);
        Optional<Heartbeat> heartbeat = agreed(members, "heartbeat", EndpointDeclaration::heartbeat, address, found::add);
        Optional<Duration> spin = agreed(members, "spin", EndpointDeclaration::spin, address, found::add);
        Optional<Duration> recovery = agreed(members, "handshake-recovery", EndpointDeclaration::handshakeRecovery,
                address, found::add);
        found.forEach(problems);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        Set<Class<? extends Throwable>> excluded = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        members.forEach(d -> {
            excluded.addAll(d.excludeLogExceptions());
            topics.addAll(d.subscribe());
        });
        return Optional.of(new SharedSettings(pattern, timeout, inFlight, size,
                members.stream().anyMatch(EndpointDeclaration::logExceptions), excluded, topics, curve, heartbeat, spin,
                members.stream().anyMatch(EndpointDeclaration::describe),
                members.stream().anyMatch(EndpointDeclaration::health), recovery));
    }

    /**
     * Sets the shared settings on a server's options.
     *
     * @param options the options, with the name, the endpoints and what every server shares
     * @return the same builder
     */
    ServerOptions.Builder applyTo(ServerOptions.Builder options) {
        options.logExceptions(logExceptions).subscribe(subscribe.toArray(String[]::new));
        excludeLogExceptions.forEach(t -> options.excludeLogExceptions(t));
        handlerTimeout.ifPresent(options::handlerTimeout);
        maxInFlight.ifPresent(options::maxInFlight);
        maxMessageSize.ifPresent(options::maxMessageSize);
        curve.ifPresent(c -> c.applyTo(options));
        heartbeat.ifPresent(h -> h.applyTo(options));
        spin.ifPresent(options::spin);
        handshakeRecovery.ifPresent(options::handshakeRecovery);
        return options.describe(describe).health(health);
    }

    private static <T> Optional<T> agreed(List<EndpointDeclaration> members, String setting,
            Function<EndpointDeclaration, Optional<T>> get, String address, Consumer<String> problems) {
        Set<T> values = new LinkedHashSet<>();
        members.forEach(d -> get.apply(d).ifPresent(values::add));
        if (values.size() > 1) {
            problems.accept(members.stream().map(d -> d.beanClass().getName())
                    .collect(Collectors.joining(" and ", "@RemoteEndpoint beans ", ""))
                    + " share " + address + " but disagree on " + setting + ": " + values);
        }
        return values.stream().findFirst();
    }
}
